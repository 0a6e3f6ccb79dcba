import { useT } from '../../i18n';
import { SHORTCUTS } from './shortcuts';

/** Every shortcut, listed on the page it works on (WCAG 2.1.4: documented, never while typing). */
export function ShortcutList({ present = false }: { present?: boolean }) {
  const t = useT();
  return (
    <details className="shortcuts">
      <summary>{t('keys.title')}</summary>
      <div>
        <p>{t('keys.intro')}</p>
        <table className="shortcuts__table">
          <thead>
            <tr>
              <th scope="col">{t('keys.key')}</th>
              <th scope="col">{t('keys.does')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.filter((s) => present || !s.presentOnly).map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{t(s.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
