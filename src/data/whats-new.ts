import { releaseNotes } from '../content/release-notes';
import { answerConsequences, changesSince } from '../domain/questionnaire/bank-changes';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { notesToShow } from '../domain/updates/whats-new';
import { listAssessments } from '../storage/assessments';
import type { UpgradeReport } from '../storage/exchange';
import { getSetting, setSetting } from '../storage/settings';
import { SEEN } from './first-visit';
import { useWhatsNew, type BankNotice } from './whats-new-store';

/**
 * After the start (and after stored assessments were moved to the app's question bank), shows once
 * what this version brought, and for each assessment moved to a newer bank what that meant for its
 * answers. The version is recorded as soon as it is shown, so a reload does not show it again; the
 * Om page keeps every version's notes.
 */
export async function announceUpdate(questionnaire: Questionnaire, reports: UpgradeReport[]): Promise<void> {
  const seen = await getSetting<string>(SEEN);
  const stored = (await listAssessments()).length > 0;
  const notes = notesToShow(releaseNotes, seen, __APP_VERSION__, stored);
  const where = new Map(
    questionnaire.areas.flatMap((a) =>
      a.questions.map((q) => [q.id, { text: q.text, areaId: a.id }] as const),
    ),
  );
  const banks = reports.flatMap((r): BankNotice[] => {
    const consequences = answerConsequences(questionnaire, r.fromVersion, r.answeredIds);
    if (!consequences) return [];
    const named = [...consequences.added, ...consequences.recheck, ...consequences.moved.map((m) => m.to)];
    return [
      {
        assessmentId: r.assessmentId,
        organisation: r.organisation,
        consequences,
        questions: Object.fromEntries(named.flatMap((id) => (where.has(id) ? [[id, where.get(id)!]] : []))),
        summaries: changesSince(questionnaire, r.fromVersion).map((c) => ({
          version: c.version,
          summary: c.summary,
        })),
      },
    ];
  });
  if (seen !== __APP_VERSION__) await setSetting(SEEN, __APP_VERSION__);
  if (notes.length > 0 || banks.length > 0) useWhatsNew.getState().show(notes, banks);
}
