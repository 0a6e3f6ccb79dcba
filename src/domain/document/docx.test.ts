import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { toDocxDocument } from './docx';
import type { DocModel } from './model';

async function parts(model: DocModel) {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(toDocxDocument(model))));
  const names = Object.keys(files);
  const read = (pattern: RegExp) =>
    names
      .filter((n) => pattern.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
  return {
    document: read(/^word\/document\.xml$/),
    header: read(/^word\/header\d*\.xml$/),
    footer: read(/^word\/footer\d*\.xml$/),
  };
}

describe('Word files', () => {
  it('have real headings, tables, a header with the kommun and page numbers in the footer', async () => {
    const { document, header, footer } = await parts({
      title: 'Ledningssammanfattning',
      header: 'Ekby kommun · Ledningssammanfattning · 2026-12-01',
      warning: 'Ofullständig skattning',
      marking: 'Kan omfattas av sekretess',
      footer: 'Sida {page} av {pages}',
      language: 'sv',
      blocks: [
        { kind: 'heading', level: 1, text: 'Ledningssammanfattning – Ekby kommun' },
        { kind: 'paragraph', text: 'Grunderna saknas & mer <text>.' },
        { kind: 'list', ordered: true, items: ['Första', 'Andra'] },
        { kind: 'table', header: ['Område', 'Nivå'], rows: [['Ledning', '1,5']] },
      ],
    });
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    // Every heading is kept with what follows it, so that none ends a page alone.
    const headings = [
      ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>.*?<\/w:p>/gs),
    ];
    expect(headings.length).toBeGreaterThan(0);
    for (const [heading] of headings) expect(heading).toContain('<w:keepNext/>');
    expect(document).toContain('Ledningssammanfattning – Ekby kommun');
    expect(document).toContain('Grunderna saknas &amp; mer &lt;text&gt;.');
    expect(document.match(/<w:tr>|<w:tr /g)).toHaveLength(2);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:numPr>');
    expect(header).toContain('Ekby kommun · Ledningssammanfattning · 2026-12-01');
    expect(header).toContain('Ofullständig skattning');
    expect(header).toContain('Kan omfattas av sekretess');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('turns soft hyphens in table cells into Word’s own, and the text around them stays whole', async () => {
    const { document } = await parts({
      title: 'Handlingsplan',
      header: '',
      warning: '',
      marking: '',
      footer: '',
      language: 'sv',
      blocks: [
        { kind: 'table', header: ['Ansvarig'], rows: [['Informations\u00ADsäkerhets\u00ADsamordnare']] },
      ],
    });
    expect(document).toMatch(
      /<w:t[^>]*>Informations<\/w:t><w:softHyphen\/><w:t[^>]*>säkerhets<\/w:t><w:softHyphen\/><w:t[^>]*>samordnare<\/w:t>/,
    );
    expect(document).not.toContain('\u00AD');
  });
});
