import type { Answer } from '../assessment/types';
import type { Questionnaire } from '../questionnaire/schema';
import { areaAverages } from './aggregate';
import { resultAnswerOf } from './build-result';
import type { PictureQuestion, RegionPictureFile } from './picture-file';
import type { ResultAnswer } from './result-file';
import type { Spread } from './spread';

/** Where the kommun's own level lies in the region's spread: quartiles, not ranks. */
export type Place = 'lowest-quarter' | 'middle-half' | 'highest-quarter';

export type AreaPosition = {
  areaId: string;
  /** The kommun's own mean level in the area, as the region's spread counts it; null with no level. */
  own: number | null;
  /** The region's spread; null where fewer than five kommuner gave a level (or the picture lacks the area). */
  spread: Spread | null;
  targets: Spread | null;
  place: Place | null;
};

export type QuestionPosition = {
  questionId: string;
  areaId: string;
  own: ResultAnswer | null;
  region: PictureQuestion | null;
};

export type PicturePosition =
  | {
      ok: true;
      kommuner: number;
      areas: AreaPosition[];
      questions: QuestionPosition[];
      /** The picture was made against another version of the same bank: areas are matched by id. */
      otherVersion: string | null;
      /** Areas of the app's bank the picture has nothing for. */
      missingAreas: number;
    }
  | { ok: false; reason: 'other-questionnaire'; questionnaireId: string };

export function placeOf(own: number, spread: Spread): Place {
  if (own < spread.q1) return 'lowest-quarter';
  if (own > spread.q3) return 'highest-quarter';
  return 'middle-half';
}

/**
 * The kommun's own areas against the region's picture, in the bank's order. The own level is the
 * same figure the region pooled (the mean over the questions answered with a level), so the
 * kommun's mark and the region's spread are comparable. Nothing of the kommun leaves this function.
 */
export function positionInPicture(
  picture: RegionPictureFile,
  answers: readonly Pick<Answer, 'questionId' | 'value'>[],
  bank: Pick<Questionnaire, 'id' | 'version' | 'areas'>,
): PicturePosition {
  if (picture.questionnaire.id !== bank.id)
    return { ok: false, reason: 'other-questionnaire', questionnaireId: picture.questionnaire.id };
  const own: Record<string, ResultAnswer> = {};
  for (const a of answers) {
    const value = resultAnswerOf(a.value);
    if (value !== null) own[a.questionId] = value;
  }
  const averages = areaAverages({ answers: own }, bank);
  let missingAreas = 0;
  const areas = bank.areas.map((area, i): AreaPosition => {
    const region = Object.hasOwn(picture.areas, area.id) ? picture.areas[area.id]! : null;
    if (!region) missingAreas++;
    const mine = averages[i]!;
    const spread = region?.spread ?? null;
    return {
      areaId: area.id,
      own: mine,
      spread,
      targets: region?.targets ?? null,
      place: mine !== null && spread ? placeOf(mine, spread) : null,
    };
  });
  const questions = bank.areas.flatMap((area) =>
    area.questions.map((q): QuestionPosition => ({
      questionId: q.id,
      areaId: area.id,
      own: own[q.id] ?? null,
      region: Object.hasOwn(picture.questions, q.id) ? (picture.questions[q.id] ?? null) : null,
    })),
  );
  return {
    ok: true,
    kommuner: picture.kommuner,
    areas,
    questions,
    otherVersion: picture.questionnaire.version === bank.version ? null : picture.questionnaire.version,
    missingAreas,
  };
}
