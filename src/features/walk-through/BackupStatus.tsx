import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { Notice } from '../../ui/Notice';
import { backupStatus } from '../../domain/backup/backup';
import { useBackupFacts } from '../../storage/backup';

/**
 * When the assessment was last saved to a file from this device, and a nudge to save one once it has
 * changed since: the browser may clear its data, and a file is the copy that survives.
 */
export function BackupStatus({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const facts = useBackupFacts(assessmentId);
  if (!facts) return null;
  const status = backupStatus(facts);
  if (status.kind === 'nothing-yet') return null;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
    });
  const saved = status.savedAt ? t('backup.savedAt', { when: when(status.savedAt) }) : t('backup.never');
  if (status.kind === 'saved') return <p className="muted">{saved}</p>;
  return (
    <Notice tone="warn">
      <p>{saved}</p>
      <p>{t('backup.nudge')}</p>
      <p>
        <a href={`#/skattning/${assessmentId}/dela`}>{t('backup.saveNow')}</a>
      </p>
    </Notice>
  );
}
