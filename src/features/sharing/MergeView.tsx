import { useEffect, useMemo, useState } from 'react';
import { useLocalize, useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import {
  applyMerge,
  createBundle,
  diffWithQuestionnaire,
  MergeError,
  summarizeMerge,
  type Conflict,
  type MergeChoice,
  type MergePlan,
  type ShareBundle,
} from '../../domain/exchange';
import { newId, nowIso } from '../../domain/ids';
import { loadBundleParts, replaceWithMerged, type BundleParts } from '../../storage/exchange';
import { MergeDone } from './MergeDone';
import { describeLegalItem, describeLegalValue } from './describe-legal';
import { describeAction, describeAnswer, describeTarget } from './describe';

type Props = { theirs: ShareBundle; questionnaire: Questionnaire; onCancel: () => void };
type Loaded = { mine: ShareBundle; stored: BundleParts; plan: MergePlan } | { problem: string };

/** Every difference side by side with "mine / theirs / both", a summary, then one all-or-nothing write. */
export function MergeView({ theirs, questionnaire, onCancel }: Props) {
  const t = useT();
  const loc = useLocalize();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const parts = await loadBundleParts(theirs.assessment.id);
      if (!parts) return live && setLoaded({ problem: t('app.missingAssessment') });
      const mine = createBundle({ ...parts, exportedAt: nowIso(), generatorVersion: __APP_VERSION__ });
      try {
        // The label in joined notes is the domain's ("{organisation}, exporterad {date}").
        if (live) setLoaded({ ...diffWithQuestionnaire(mine, theirs, questionnaire), stored: parts });
      } catch (error) {
        const kind = error instanceof MergeError ? error.problem.kind : null;
        if (live)
          setLoaded({
            problem:
              kind === 'different-questionnaire'
                ? t('merge.differentQuestionnaire')
                : t('merge.failed', { reason: String(error) }),
          });
      }
    })();
    return () => {
      live = false;
    };
  }, [theirs, questionnaire, round, t]);

  const names = useMemo(() => {
    const questions = new Map(
      questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.id, loc(q.text)] as const)),
    );
    const areas = new Map(questionnaire.areas.map((a) => [a.id, loc(a.title)]));
    return { question: (id: string) => questions.get(id) ?? id, area: (id: string) => areas.get(id) ?? id };
  }, [questionnaire, loc]);

  if (done) return <MergeDone assessmentId={done} />;
  if (!loaded) return <p>{t('app.loading')}</p>;
  if ('problem' in loaded)
    return (
      <Page title={t('merge.title')}>
        <Notice tone="error">{loaded.problem}</Notice>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </Page>
    );

  const { mine, stored, plan } = loaded;
  const summary = summarizeMerge(plan, choices);
  const heading = (c: Conflict) =>
    c.kind === 'detail'
      ? t('merge.kind.detail', { field: t(`merge.field.${c.field}`) })
      : c.kind === 'target'
        ? t('merge.kind.target', { area: names.area(c.areaId) })
        : c.kind === 'answer'
          ? t('merge.kind.answer', { question: names.question(c.questionId) })
          : c.kind === 'legal'
            ? describeLegalItem(t, c.mine)
            : t('merge.kind.action', { title: c.mine.title });
  const text = (c: Conflict, side: MergeChoice): string => {
    if (c.kind === 'detail') return side === 'mine' ? c.mine : side === 'theirs' ? c.theirs : (c.both ?? '');
    if (c.kind === 'target') return describeTarget(t, side === 'mine' ? c.mine : c.theirs);
    if (c.kind === 'answer')
      return describeAnswer(t, side === 'mine' ? c.mine : side === 'theirs' ? c.theirs : c.both);
    if (c.kind === 'legal') return describeLegalValue(t, side === 'mine' ? c.mine : c.theirs);
    return side === 'both' ? '' : describeAction(side === 'mine' ? c.mine : c.theirs, c.fields);
  };
  const label = (c: Conflict, side: MergeChoice) =>
    side === 'mine'
      ? t('merge.mine')
      : side === 'theirs'
        ? t('merge.theirs')
        : c.kind === 'action'
          ? t('merge.bothAction')
          : t('merge.both');

  const apply = async () => {
    try {
      const merged = applyMerge(mine, theirs, plan, choices, newId);
      // `stored` is exactly what was read: any change since, in any tab, makes the write stale.
      const result = await replaceWithMerged(merged, stored);
      if (result === 'stale') {
        setNotice(t('merge.stale'));
        setRound((r) => r + 1);
        return;
      }
      setDone(merged.assessment.id);
    } catch (error) {
      if (error instanceof MergeError && error.problem.kind === 'stale-plan') {
        setNotice(t('merge.stale'));
        setRound((r) => r + 1);
      } else setNotice(t('merge.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <Page title={`${t('merge.title')} – ${mine.assessment.organisation}`}>
      <p>{t('merge.intro')}</p>
      <div role="status">{notice && <Notice tone="warn">{notice}</Notice>}</div>
      <h2>{t('merge.automatic', { count: plan.automatic.length })}</h2>
      {plan.automatic.length === 0 ? (
        <p>{t('merge.automaticNone')}</p>
      ) : (
        <ul>
          {plan.automatic.map((a, i) => (
            <li key={i}>
              {a.kind === 'detail'
                ? t('merge.auto.detail', { field: t(`merge.field.${a.field}`) })
                : a.kind === 'target'
                  ? t('merge.auto.target', { area: names.area(a.areaId) })
                  : a.kind === 'answer'
                    ? t('merge.auto.answer', { question: names.question(a.questionId) })
                    : a.kind === 'legal'
                      ? describeLegalItem(t, a.result)
                      : a.kind === 'planSettings'
                        ? t('merge.auto.planSettings')
                        : t('merge.auto.action', { title: a.result.title })}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('merge.conflicts', { count: plan.conflicts.length })}</h2>
      {plan.conflicts.length === 0 && <p>{t('merge.conflictsNone')}</p>}
      {plan.conflicts.map((c) => (
        <div className="conflict" key={c.id}>
          <fieldset>
            <legend>{heading(c)}</legend>
            {c.kind === 'action' && (
              <p className="muted">{t('merge.fields', { fields: c.fields.join(', ') })}</p>
            )}
            {c.options.map((side) => (
              <label className="choice" key={side}>
                <input
                  type="radio"
                  name={`conflict-${c.id}`}
                  value={side}
                  checked={choices[c.id] === side}
                  onChange={() => setChoices({ ...choices, [c.id]: side })}
                />
                <span>
                  <span className="choice__name">{label(c, side)}</span>
                  <span className="choice__text pre-wrap">{text(c, side)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
      ))}
      <h2>{t('merge.summary')}</h2>
      <p>{t('merge.summaryText', { ...summary })}</p>
      {summary.legal > 0 && <p>{t('merge.summaryLegal', { count: summary.legal })}</p>}
      {summary.unresolved > 0 && (
        <p className="field__error">{t('merge.unresolved', { count: summary.unresolved })}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={summary.unresolved > 0}
          onClick={() => void apply()}
        >
          {t('merge.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </Page>
  );
}
