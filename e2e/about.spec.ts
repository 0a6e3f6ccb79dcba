import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const bankVersion = /^version:\s*(\S+)/m.exec(
  readFileSync('questionnaires/kommun/questionnaire.yaml', 'utf8'),
)![1]!;

test('Om LIS-stegen: versions, what is stored and how to remove it, and the bundled licences', async ({
  page,
  axe,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Om appen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om LIS-stegen' })).toBeVisible();

  const versions = page.getByRole('region', { name: 'Version' });
  await expect(versions.getByRole('definition').nth(0)).toHaveText(pkg.version);
  await expect(versions.getByRole('definition').nth(1)).toHaveText(bankVersion);
  await expect(versions.getByRole('definition').nth(2)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

  const privacy = page.getByRole('region', { name: 'Vad appen sparar, var och hur du tar bort det' });
  await expect(privacy.getByText(/IndexedDB/)).toBeVisible();
  await expect(privacy.getByRole('heading', { name: 'Så tar du bort uppgifterna' })).toBeVisible();

  // The runtime dependencies the first page imports are in the notice, as installed.
  const table = page.getByRole('table', { name: 'Paket i appen' });
  for (const name of ['react', 'react-dom', 'dexie', 'zod', 'zustand']) {
    const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      license: string;
    };
    const row = table.getByRole('row', { name: new RegExp(`^${name} `) });
    await expect(row.getByRole('cell')).toHaveText([pkg.dependencies[name]!, installed.license]);
  }
  await expect(table.getByRole('row', { name: /^workbox-precaching / })).toBeVisible();
  const text = await page.request.get(
    await page
      .getByRole('link', { name: 'Alla licenstexter (textfil)' })
      .getAttribute('href')
      .then((h) => h!),
  );
  expect(await text.text()).toContain('Permission is hereby granted');
  await axe();

  await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About LIS-stegen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Packages in the app' })).toBeVisible();
});
