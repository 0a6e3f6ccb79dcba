import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHELL_LANGUAGE_KEY } from './shell-language';

describe('the shell language', () => {
  it('is read by public/shell-route.js under the key the app writes', () => {
    const script = readFileSync(new URL('../../public/shell-route.js', import.meta.url), 'utf8');
    expect(script).toContain(`localStorage.getItem('${SHELL_LANGUAGE_KEY}')`);
  });
});
