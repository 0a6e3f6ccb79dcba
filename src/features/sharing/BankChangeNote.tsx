import type { AnswerConsequences } from '../../domain/questionnaire/bank-changes';
import { useT } from '../../i18n';

/** Before an older file is added: the question bank has moved on since, and what that means for it. */
export function BankChangeNote({ changes }: { changes: AnswerConsequences }) {
  const t = useT();
  return (
    <>
      <p>{t('open.bank.version', { from: changes.from, to: changes.to })}</p>
      <ul>
        {changes.added.length > 0 && <li>{t('open.bank.added', { count: changes.added.length })}</li>}
        {changes.recheck.length > 0 && <li>{t('open.bank.recheck', { ids: changes.recheck.join(', ') })}</li>}
        {changes.moved.map((m) => (
          <li key={m.from}>{t('open.bank.moved', { from: m.from, to: m.to })}</li>
        ))}
      </ul>
    </>
  );
}
