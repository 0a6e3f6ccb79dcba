import { useT } from '../i18n';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('app.notFound.title')}>
      <p>{t('app.notFound.body')}</p>
      <p>
        <a href="#/">{t('app.notFound.back')}</a>
      </p>
    </Page>
  );
}
