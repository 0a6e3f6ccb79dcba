import { useT } from '../../i18n';

/** Said once, where an assessment begins: the notes are not a place for classified information. */
export function SecrecyNotes() {
  const t = useT();
  return <p className="muted secrecy-note">{t('secrecy.notes')}</p>;
}
