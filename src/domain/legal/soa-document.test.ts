import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { soaDocument } from './soa-document';
import { soaRows } from './soa';
import { emptyLegalRecord } from './types';

describe('the tillämpningsförklaring as a document', () => {
  it('has every one of the 93 controls in four theme tables, landscape, with the counts', () => {
    const rows = soaRows(realQuestionnaire(), new Map(), emptyLegalRecord(), []);
    const doc = soaDocument(rows, { organisation: 'Ekby kommun', date: '2026-12-01' });
    expect(doc.landscape).toBe(true);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(4);
    expect(tables.reduce((n, t) => n + (t.kind === 'table' ? t.rows.length : 0), 0)).toBe(93);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('93 av 93 åtgärder'))).toBe(
      true,
    );
    expect(doc.header).toBe('Ekby kommun · Tillämpningsförklaring · 2026-12-01');
  });
});
