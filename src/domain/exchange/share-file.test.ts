import { describe, expect, it } from 'vitest';
import { fullBundle } from './fixtures/full-bundle';
import { readShareFile } from './parse';
import { serializeBundle } from './serialize';
import { exportShareFile } from './share-file';

describe('exportShareFile', { timeout: 60_000 }, () => {
  it('gives the plain text when there is no password', async () => {
    expect(await exportShareFile(fullBundle())).toEqual({
      ok: true,
      text: serializeBundle(fullBundle()),
      encrypted: false,
    });
  });

  it('encrypts when there is a password, and the result reads back', async () => {
    const result = await exportShareFile(fullBundle(), {
      password: 'tre ord räcker inte',
      omitPersonalNames: true,
    });
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.encrypted).toBe(true);
    const read = await readShareFile(result.text, { password: 'tre ord räcker inte' });
    expect(read.ok && read.bundle.assessment.participants).toBe('');
  });

  it('refuses an empty password instead of writing an unencrypted file', async () => {
    expect(await exportShareFile(fullBundle(), { password: '' })).toEqual({
      ok: false,
      error: { kind: 'empty-password' },
    });
  });

  it('refuses a password the policy refuses, before encrypting anything', async () => {
    expect(await exportShareFile(fullBundle(), { password: 'Kommun-2026' })).toEqual({
      ok: false,
      error: { kind: 'weak-password', problem: 'too-short' },
    });
    expect(await exportShareFile(fullBundle(), { password: 'aaaaaaaaaaaaaaaa' })).toEqual({
      ok: false,
      error: { kind: 'weak-password', problem: 'too-simple' },
    });
  });

  it('refuses a file larger than an import accepts', async () => {
    const result = await exportShareFile(fullBundle(), { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 1000 } });
  });

  it('reports an invalid bundle instead of throwing', async () => {
    const bundle = fullBundle();
    bundle.assessment.organisation = 'x'.repeat(121);
    expect(await exportShareFile(bundle)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', issues: [{ path: 'assessment.organisation' }] },
    });
  });
});
