import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { encryptedEnvelopeSchema } from './envelope';
import { bundleSchema } from './schema';

/**
 * docs/share-file.schema.json is generated from the zod schemas, for people who read or write share
 * files with other tools. This test fails when it is out of date; `UPDATE_SCHEMA=1 npx vitest run
 * src/domain/exchange/schema-json.test.ts` rewrites it.
 */
const FILE = join(import.meta.dirname, '../../../docs/share-file.schema.json');

async function generate(): Promise<string> {
  const schema = z.toJSONSchema(
    z.union([bundleSchema, encryptedEnvelopeSchema]).meta({
      title: 'LIS-stegen share file (.lisstegen)',
      description:
        'A plain share file, or the same file encrypted with a password. Generated from src/domain/exchange; see docs/file-format.md. Rules a JSON Schema cannot express (unique answers and action ids, ids matching the assessment, the header matching the assessment, no __proto__/constructor/prototype keys) are checked by the app too.',
    }),
    { target: 'draft-2020-12' },
  );
  const text = JSON.stringify(schema, null, 2);
  const config = await prettier.resolveConfig(FILE);
  return prettier.format(text, { ...config, filepath: FILE });
}

describe('docs/share-file.schema.json', () => {
  it('is generated from the current zod schema', async () => {
    const expected = await generate();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8'), 'run with UPDATE_SCHEMA=1 to regenerate').toBe(expected);
  });
});
