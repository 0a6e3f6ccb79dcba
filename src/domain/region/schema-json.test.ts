import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { encryptedEnvelopeSchema } from '../exchange/envelope';
import { regionPictureSchema } from './picture-schema';
import { resultFileSchema } from './result-schema';

/**
 * docs/result-file.schema.json is generated from the zod schema, for a region that reads result files
 * with its own tools. This test fails when it is out of date; `UPDATE_SCHEMA=1 npx vitest run
 * src/domain/region/schema-json.test.ts` rewrites it.
 */
const FILE = join(import.meta.dirname, '../../../docs/result-file.schema.json');

async function generate(): Promise<string> {
  const schema = z.toJSONSchema(
    z.union([resultFileSchema, encryptedEnvelopeSchema]).meta({
      title: 'LIS-stegen result file (.lisresultat)',
      description:
        'A plain result file, or the same file encrypted with a password (the share file’s envelope). Generated from src/domain/region; see docs/result-file.md. Rules a JSON Schema cannot express (a kommun’s name is the official one for its code, no __proto__/constructor/prototype keys, each open action once) are checked by the app too.',
    }),
    { target: 'draft-2020-12' },
  );
  const text = JSON.stringify(schema, null, 2);
  const config = await prettier.resolveConfig(FILE);
  return prettier.format(text, { ...config, filepath: FILE });
}

describe('docs/result-file.schema.json', () => {
  it('is generated from the current zod schema', async () => {
    const expected = await generate();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8'), 'run with UPDATE_SCHEMA=1 to regenerate').toBe(expected);
  });
});

/** docs/region-picture.schema.json: the region's picture sent back to a kommun, generated the same way. */
const PICTURE_FILE = join(import.meta.dirname, '../../../docs/region-picture.schema.json');

async function generatePicture(): Promise<string> {
  const schema = z.toJSONSchema(
    z.union([regionPictureSchema, encryptedEnvelopeSchema]).meta({
      title: 'LIS-stegen region picture (.lisregionbild)',
      description:
        'The region’s aggregate sent back to a kommun, plain or encrypted with a password (the share file’s envelope). Generated from src/domain/region; see docs/result-file.md. Rules a JSON Schema cannot express (a spread in order, below2 ≤ below3 ≤ answered, no count above the picture’s kommuner, no __proto__/constructor/prototype keys) are checked by the app too.',
    }),
    { target: 'draft-2020-12' },
  );
  const config = await prettier.resolveConfig(PICTURE_FILE);
  return prettier.format(JSON.stringify(schema, null, 2), { ...config, filepath: PICTURE_FILE });
}

describe('docs/region-picture.schema.json', () => {
  it('is generated from the current zod schema', async () => {
    const expected = await generatePicture();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(PICTURE_FILE, expected);
    expect(readFileSync(PICTURE_FILE, 'utf8'), 'run with UPDATE_SCHEMA=1 to regenerate').toBe(expected);
  });
});
