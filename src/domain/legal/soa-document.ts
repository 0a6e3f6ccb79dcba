import type { DocBlock, DocModel } from '../document/model';
import type { AnnexTheme } from './annex-a';
import { LEGAL_STATUS_SV, SOA_REASON_SV } from './labels';
import type { SoaRow } from './soa';
import { soaSummary } from './summary';

const THEMES: readonly [AnnexTheme, string][] = [
  ['organisational', 'Organisatoriska åtgärder (5)'],
  ['people', 'Personrelaterade åtgärder (6)'],
  ['physical', 'Fysiska åtgärder (7)'],
  ['technological', 'Tekniska åtgärder (8)'],
];

const HEADER = ['Åtgärd', 'Namn', 'Tillämplig', 'Skäl', 'Motivering', 'Status', 'Åtgärder i handlingsplanen'];
const WIDTHS = [7, 25, 8, 13, 22, 9, 16];

function row(r: SoaRow): string[] {
  const justification =
    r.entry.override !== null && r.entry.overrideReason
      ? `${r.entry.justification}${r.entry.justification ? ' ' : ''}(Status satt för hand: ${r.entry.overrideReason})`
      : r.entry.justification;
  return [
    `A.${r.control.id}`,
    `${r.control.name.en} – ${r.control.name.sv}`,
    r.entry.applicable ? 'Ja' : 'Nej',
    r.entry.reasons.map((x) => SOA_REASON_SV[x]).join(', '),
    justification,
    LEGAL_STATUS_SV[r.status],
    r.plan.map((i) => i.title).join('; '),
  ];
}

/**
 * The tillämpningsförklaring as a document for Word, in Swedish like its Excel file: it goes to a
 * Swedish kommunstyrelse. A4 landscape, one table per theme of Annex A, every one of the 93 controls.
 */
export function soaDocument(
  rows: readonly SoaRow[],
  assessment: { organisation: string; date: string },
): DocModel {
  const s = soaSummary(rows);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: `Tillämpningsförklaring – ${assessment.organisation}` },
    {
      kind: 'paragraph',
      text:
        'Alla 93 säkerhetsåtgärder i bilaga A till ISO/IEC 27001:2022, med beslut om de är tillämpliga och varför ' +
        '(skälen är MSB:s: verksamhetsanalys, riskanalys, omvärldsanalys, lagkrav, annat). Statusen följer av ' +
        'svaren i självskattningen på de frågor som hänvisar till åtgärden, om den inte har satts för hand med en motivering.',
    },
    {
      kind: 'paragraph',
      bold: true,
      text:
        `${s.applicable} av ${s.total} åtgärder är tillämpliga. Av dem är ${s.counts['pa-plats']} på plats, ` +
        `${s.counts.delvis} delvis, ${s.counts.saknas} saknas och ${s.counts['inte-bedomt']} inte bedömda. ` +
        `Beslut registrerade: ${s.decided} av ${s.total}.`,
    },
    {
      kind: 'paragraph',
      text: 'Åtgärdernas nummer och engelska namn är standardens. De svenska namnen är LIS-stegens egna korta beskrivningar.',
    },
  ];
  for (const [theme, title] of THEMES) {
    const inTheme = rows.filter((r) => r.control.theme === theme);
    if (inTheme.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: title });
    blocks.push({ kind: 'table', header: HEADER, widths: WIDTHS, rows: inTheme.map(row) });
  }
  return {
    title: `Tillämpningsförklaring – ${assessment.organisation}`,
    header: `${assessment.organisation} · Tillämpningsförklaring · ${assessment.date}`,
    warning: '',
    marking: 'Kan omfattas av sekretess enligt 18 kap. 8 § offentlighets- och sekretesslagen.',
    footer: 'Sida {page} av {pages}',
    language: 'sv',
    landscape: true,
    blocks,
  };
}
