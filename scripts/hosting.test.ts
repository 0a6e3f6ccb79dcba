// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_HASHED, CACHE_REVALIDATE, contentSecurityPolicy, securityHeaders } from './security-headers';

const read = (path: string) => readFileSync(join(import.meta.dirname, '..', 'hosting', path), 'utf8');
const configs = {
  nginx: read('nginx/lis-stegen-headers.conf'),
  apache: read('.htaccess'),
  iis: read('web.config'),
};

/** The value each configuration gives one header, in its own syntax. */
function headerValue(server: keyof typeof configs, name: string): string | undefined {
  const patterns = {
    nginx: new RegExp(`^add_header ${name} "([^"]*)" always;$`, 'm'),
    apache: new RegExp(`^\\s*Header always set ${name} "([^"]*)"$`, 'm'),
    iis: new RegExp(`<add name="${name}" value="([^"]*)" />`),
  };
  return patterns[server].exec(configs[server])?.[1];
}

describe('the shipped server configurations', () => {
  it.each(Object.keys(configs) as (keyof typeof configs)[])(
    '%s sends every security header with the app’s values',
    (server) => {
      for (const [name, value] of Object.entries(securityHeaders))
        expect(headerValue(server, name), `${server}: ${name}`).toBe(value);
    },
  );

  it('the HTTP policy is the page’s policy plus frame-ancestors', () => {
    expect(securityHeaders['Content-Security-Policy']).toBe(
      `${contentSecurityPolicy}; frame-ancestors 'none'`,
    );
  });

  it('cache the hashed assets for a year and revalidate everything else', () => {
    const nginx = read('nginx/lis-stegen.conf');
    expect(nginx).toMatch(
      new RegExp(`location /lis-stegen/assets/ \\{[^}]*add_header Cache-Control "${CACHE_HASHED}";`),
    );
    expect(nginx).toContain(`add_header Cache-Control "${CACHE_REVALIDATE}" always;`);
    expect(configs.apache).toContain(`Header set Cache-Control "${CACHE_REVALIDATE}"`);
    expect(configs.apache).toContain(`Header set Cache-Control "${CACHE_HASHED}"`);
    expect(configs.iis).toContain('<clientCache cacheControlMode="DisableCache" />');
    expect(configs.iis).toMatch(/<location path="assets">[\s\S]*cacheControlMaxAge="365\.00:00:00"/);
  });

  it('serve the manifest with its MIME type', () => {
    expect(read('nginx/lis-stegen.conf')).toContain('default_type application/manifest+json;');
    expect(configs.apache).toContain('AddType application/manifest+json .webmanifest');
    expect(configs.iis).toContain('mimeType="application/manifest+json; charset=utf-8"');
  });

  it('web.config is well-formed XML', () => {
    const doc = new DOMParser().parseFromString(configs.iis, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.nodeName).toBe('configuration');
  });
});
