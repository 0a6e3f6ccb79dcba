import {
  issuePlaces,
  type ExportProblem,
  type ImportError,
  type IssuePlace,
  type QuestionnaireMismatch,
  type ValidationIssue,
} from '../../domain/exchange';
import type { Translate } from '../../i18n';

/** Decimal megabytes, the unit the limit is set in; a size is rounded up so it never looks within the limit. */
const mb = (bytes: number) => (Math.ceil(bytes / 100_000) / 10).toLocaleString('sv-SE');

export function placeText(t: Translate, place: IssuePlace): string {
  return 'n' in place ? t(`place.${place.part}`, { n: place.n }) : t(`place.${place.part}`);
}

/** Where the problems are, in words, at most five; never the raw paths. */
export function placesText(t: Translate, issues: readonly ValidationIssue[]): string[] {
  return issuePlaces(issues).map((p) => placeText(t, p));
}

/** One plain sentence for each way a file can fail to open. */
export function importErrorText(t: Translate, error: ImportError | QuestionnaireMismatch): string {
  switch (error.kind) {
    case 'too-large':
      return t('open.error.too-large', { mb: mb(error.bytes), limit: mb(error.limit) });
    case 'too-new':
      return t('open.error.too-new', {
        fileVersion: error.fileVersion,
        supportedVersion: error.supportedVersion,
      });
    case 'timed-out':
      return t('open.error.timed-out', { seconds: error.seconds });
    case 'unknown-questionnaire':
      return t('open.error.unknown-questionnaire', { id: error.id });
    case 'newer-questionnaire':
      return t('open.error.newer-questionnaire', {
        fileVersion: error.fileVersion,
        appVersion: error.appVersion,
      });
    default:
      return t(`open.error.${error.kind}`);
  }
}

export function exportErrorText(t: Translate, error: ExportProblem): string {
  switch (error.kind) {
    case 'too-large':
      return t('share.error.too-large', { mb: mb(error.bytes), limit: mb(error.limit) });
    case 'empty-password':
      return t('share.error.empty-password');
    case 'weak-password':
      return t(`share.password.${error.problem}`);
    case 'invalid':
      return t('share.error.invalid', { detail: placesText(t, error.issues).join(', ') });
  }
}
