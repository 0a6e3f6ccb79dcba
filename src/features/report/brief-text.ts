import type { DecisionBrief } from '../../domain/brief/brief';
import type { Decision } from '../../domain/brief/decisions';
import type { BriefRisk } from '../../domain/brief/risks';
import type { BriefVerdict } from '../../domain/brief/verdict';
import type { Localized } from '../../domain/questionnaire/schema';
import type { Translate } from '../../i18n';
import { formatLevel, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/language';

/** What the brief's words need: the catalogue, questionnaire texts and numbers in one language. */
export type Words = { t: Translate; loc: (text: Localized) => string; language: Language };

/** A list of names as people write it: "A, B och C". */
export function joinNames(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(names);
}

/** The verdict as one to three sentences; see `verdictFor` for the rules. */
export function verdictSentences({ incomplete, verdict, law }: BriefVerdict, w: Words): string[] {
  const { t, loc, language } = w;
  const out: string[] = [];
  if (incomplete)
    out.push(t('brief.incomplete', { basis: incomplete.basis, applicable: incomplete.applicable }));
  switch (verdict.kind) {
    case 'none':
      out.push(t('brief.verdict.none'));
      break;
    case 'basics-law':
    case 'basics': {
      const areas = joinNames(
        verdict.areas.map((a) => loc(a.title)),
        language,
      );
      const form = !verdict.named ? 'count' : verdict.count === 1 ? 'one' : 'many';
      // Counted, not named: when more areas lack the basics than carry the law, say both counts.
      const countOf = verdict.kind === 'basics-law' && !verdict.named && verdict.basics > verdict.count;
      out.push(
        t(countOf ? 'brief.verdict.basics-law.countOf' : `brief.verdict.${verdict.kind}.${form}`, {
          count: verdict.count,
          basics: verdict.kind === 'basics-law' ? verdict.basics : verdict.count,
          assessed: verdict.assessed,
          areas,
        }),
      );
      break;
    }
    case 'below':
      out.push(
        t('brief.verdict.below', {
          below: verdict.below,
          assessed: verdict.assessed,
          area: loc(verdict.worst.title),
        }),
      );
      break;
    case 'met':
      out.push(t('brief.verdict.met', { assessed: verdict.assessed }));
  }
  if (law?.kind === 'law-open')
    out.push(t(law.notAssessed > 0 ? 'brief.law.openUnknown' : 'brief.law.open', law));
  else if (law?.kind === 'law-unknown') out.push(t('brief.law.unknown', law));
  else if (law?.kind === 'law-ok') out.push(t('brief.law.ok', law));
  return out;
}

/** "nivå 0, mål 3, 3 lagkrav inte på plats" */
export function riskFacts(r: BriefRisk, { t, language }: Words): string {
  return [
    t('brief.risk.facts', { now: formatLevel(r.average, language), target: r.target }),
    ...(r.legalNotInPlace > 0 ? [t('brief.risk.law', { count: r.legalNotInPlace })] : []),
  ].join(', ');
}

export function decisionText(d: Decision, w: Words): string {
  const { t, language } = w;
  switch (d.kind) {
    case 'complete':
      return t('brief.decision.complete', { remaining: d.remaining });
    case 'adopt': {
      const text =
        d.later > 0 && d.lastDue !== null
          ? t('brief.decision.adopt.later', {
              items: d.items,
              within: d.items - d.later,
              later: d.later,
              start: d.period.start,
              end: d.period.end,
              last: d.lastDue,
            })
          : t('brief.decision.adopt', { items: d.items, start: d.period.start, end: d.period.end });
      const parts = [
        d.costKronor === null
          ? null
          : t('brief.decision.kronor', { value: formatNumber(d.costKronor, language) }),
        d.costDays === null ? null : t('brief.decision.days', { value: formatNumber(d.costDays, language) }),
      ].filter((p): p is string => p !== null);
      if (parts.length === 0) return text;
      return `${text}, ${t('brief.decision.cost', { cost: joinNames(parts, language), costed: d.costed, items: d.items })}`;
    }
    case 'resources':
      return d.priority1 === 1
        ? t('brief.decision.resources.one')
        : t('brief.decision.resources', { count: d.priority1 });
    case 'owners':
      return d.missing === 1
        ? t('brief.decision.owners.one')
        : t('brief.decision.owners', { count: d.missing });
    case 'follow-up':
      return t('brief.decision.follow-up', { date: d.date });
  }
}

export const levelText = (value: number | null, language: Language) => formatLevel(value, language);

/** The legal requirements as "inte på plats X · inte bedömt Y · på plats Z av N". */
export function legalCountsText(legal: DecisionBrief['legal'], t: Translate): string {
  return t('legal.counts', {
    notInPlace: legal.notInPlace.length,
    notAssessed: legal.notAssessed.length,
    inPlace: legal.inPlace.length,
    total: legal.total,
  });
}
