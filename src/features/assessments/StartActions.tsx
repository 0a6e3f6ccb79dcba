import { useT } from '../../i18n';

/**
 * "Ny skattning" and "Öppna fil": plain links to hash routes, so that they work in the start page's
 * prerendered shell before the script has arrived (the app opens the route when it starts).
 * "Ny skattning" is the main action until there is an assessment to continue.
 */
export function StartActions({ primary }: { primary: boolean }) {
  const t = useT();
  return (
    <div className="actions">
      <a className={primary ? 'button' : 'button button--secondary'} href="#/ny">
        {t('start.new')}
      </a>
      <a className="button button--secondary" href="#/oppna">
        {t('start.open')}
      </a>
    </div>
  );
}
