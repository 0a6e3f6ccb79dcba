import type { ImportError, QuestionnaireMismatch, ExportProblem } from '../../domain/exchange';
import type { Translate } from '../../i18n';

const mb = (bytes: number) => (Math.round((bytes / 1_000_000) * 10) / 10).toLocaleString('sv-SE');

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
    case 'invalid':
      return t('share.error.invalid', { detail: error.issues.map((i) => i.path).join(', ') });
  }
}
