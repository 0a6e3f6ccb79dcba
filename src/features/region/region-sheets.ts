import type { ColumnValue } from '../../domain/plan/columns';
import { tableSheet } from '../../domain/plan/export-xlsx';
import type { NamedSheet } from '../../domain/region/export-xlsx';
import type { GroupPicture, JointAction, RegionPicture } from '../../domain/region';
import type { Translate } from '../../i18n';
import { groupName, lanName } from './labels';

type Picture = Extract<RegionPicture, { suppressed: false }>;

export type SheetNames = {
  areaTitle: (id: string) => string;
  /** Question text, or action title, by id. */
  text: (id: string) => string;
};

const txt = (value: string): ColumnValue => ({ type: 'text', value });
const num = (value: number | null | undefined): ColumnValue => ({ type: 'number', value: value ?? null });
const pct = (n: number, of: number): ColumnValue => num(of === 0 ? null : Math.round((n / of) * 100));

/**
 * The picture on screen as workbook sheets, with the same figures (unrounded quartiles, as Excel's
 * KVARTIL.INK gives them) and the same suppression: a group of fewer than five has no figures.
 */
export function regionSheets(
  t: Translate,
  picture: Picture,
  names: SheetNames,
  about: { date: string; selection: string },
): NamedSheet[] {
  const col = (key: Parameters<Translate>[0], width = 14) => ({ header: t(key), width });

  const aboutSheet = tableSheet(
    [col('region.xlsx.what', 30), col('region.xlsx.value', 80)],
    [
      [txt(t('region.title')), txt(about.date)],
      [txt(t('region.filter.label')), txt(about.selection)],
      [txt(t('region.col.kommuner')), num(picture.kommuner)],
      [txt(t('region.xlsx.method')), txt(t('region.xlsx.methodText'))],
      [txt(t('region.xlsx.secrecy')), txt(t('secrecy.marking'))],
    ],
  );

  const areas = tableSheet(
    [
      col('region.col.area', 40),
      col('region.col.kommuner'),
      col('region.col.min'),
      col('region.col.q1'),
      col('region.col.median'),
      col('region.col.q3'),
      col('region.col.max'),
      col('region.col.target'),
      col('region.col.atTarget'),
    ],
    picture.areas.map((a) => [
      txt(names.areaTitle(a.areaId)),
      num(a.spread?.n ?? 0),
      num(a.spread?.min),
      num(a.spread?.q1),
      num(a.spread?.median),
      num(a.spread?.q3),
      num(a.spread?.max),
      num(a.targets?.median),
      num(a.atTarget),
    ]),
  );

  const questions = tableSheet(
    [
      col('region.col.area', 30),
      col('region.xlsx.questionId', 10),
      col('region.col.question', 60),
      col('region.col.answered'),
      col('region.col.below2'),
      col('region.xlsx.below2Share'),
      col('region.col.below3'),
      col('region.xlsx.below3Share'),
      col('region.col.unknown'),
      col('region.col.na'),
      col('region.col.gaps'),
    ],
    picture.questions.map((q) => [
      txt(names.areaTitle(q.areaId)),
      txt(q.questionId),
      txt(names.text(q.questionId)),
      num(q.answered),
      num(q.below2),
      pct(q.below2, q.answered),
      num(q.below3),
      pct(q.below3, q.answered),
      num(q.unknown),
      num(q.notApplicable),
      num(q.gaps),
    ]),
  );

  const jointRows = (source: string, list: readonly JointAction[]) =>
    list.map((a) => [
      txt(source),
      txt(names.text(a.actionId)),
      txt(names.areaTitle(a.areaId)),
      txt(a.questionId ?? ''),
      num(a.kommuner),
    ]);
  const joint = tableSheet(
    [
      col('region.xlsx.source', 30),
      col('region.col.action', 60),
      col('region.col.area', 30),
      col('region.xlsx.questionId', 10),
      col('region.col.kommuner'),
    ],
    [
      ...jointRows(t('region.joint.fromPlans'), picture.jointWork),
      ...jointRows(t('region.joint.fromGaps'), picture.jointWorkFromGaps),
    ],
  );

  const groupRows = (kind: string, list: readonly GroupPicture[], name: (key: string) => string) =>
    list.map((g) =>
      g.suppressed
        ? [txt(kind), txt(name(g.key)), txt(t('region.tooFew')), num(null), num(null), num(null)]
        : [
            txt(kind),
            txt(name(g.key)),
            num(g.kommuner),
            num(g.overall?.median),
            num(g.overall?.min),
            num(g.overall?.max),
          ],
    );
  const groups = tableSheet(
    [
      col('region.xlsx.grouping', 16),
      col('region.xlsx.group', 30),
      col('region.col.kommuner', 20),
      col('region.col.groupMedian', 20),
      col('region.col.min'),
      col('region.col.max'),
    ],
    [
      ...groupRows(t('region.col.lan'), picture.byLan, lanName),
      ...groupRows(t('region.col.group'), picture.byKommungrupp, (k) => groupName(t, k)),
    ],
  );

  return [
    { name: t('region.xlsx.sheet.about'), ...aboutSheet },
    { name: t('region.xlsx.sheet.areas'), ...areas },
    { name: t('region.xlsx.sheet.questions'), ...questions },
    { name: t('region.xlsx.sheet.joint'), ...joint },
    { name: t('region.xlsx.sheet.groups'), ...groups },
  ];
}
