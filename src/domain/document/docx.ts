import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  SoftHyphen,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocBlock, DocModel } from './model';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ORDERED = 'ordered-list';

/** "Sida {page} av {pages}" with Word's own page fields in place of the placeholders. */
function footerRuns(template: string): ParagraphChild[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
}

/**
 * A table cell's text as a run; soft hyphens (U+00AD, from withCompoundBreaks) become Word's own,
 * so that a narrow column breaks a long compound where the model allows it, with a hyphen.
 */
function cellRun(text: string, bold: boolean): TextRun {
  const parts = text.split('\u00AD');
  if (parts.length === 1) return new TextRun({ text, bold });
  return new TextRun({
    bold,
    children: parts.flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part])),
  });
}

function table(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const cell = (text: string, header: boolean, width?: number) =>
    new TableCell({
      children: [new Paragraph({ children: [cellRun(text, header)] })],
      ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((h, i) => cell(h, true, block.widths?.[i])),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, false, block.widths?.[i])),
          }),
      ),
    ],
  });
}

function blocks(list: readonly DocBlock[]): (Paragraph | Table)[] {
  let lists = 0;
  return list.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        // A heading stays with what follows it: never alone at the foot of a page.
        return [
          new Paragraph({
            text: block.text,
            heading: HEADINGS[block.level],
            keepNext: true,
            keepLines: true,
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold ?? false })] })];
      case 'list': {
        const instance = lists++;
        return block.items.map(
          (text) =>
            new Paragraph({
              text,
              ...(block.ordered
                ? { numbering: { reference: ORDERED, level: 0, instance } }
                : { bullet: { level: 0 } }),
            }),
        );
      }
      case 'table':
        // An empty paragraph after a table keeps two tables from merging into one in Word.
        return [table(block), new Paragraph({})];
      case 'page-break':
        return [new Paragraph({ pageBreakBefore: true })];
    }
  });
}

/** The document as a .docx: real headings (Heading1–3), real tables, header and page numbers. */
export function toDocxDocument(model: DocModel): Document {
  return new Document({
    title: model.title,
    creator: 'LIS-stegen',
    styles: {
      default: {
        document: {
          run: {
            font: 'Calibri',
            size: 22,
            language: { value: model.language === 'sv' ? 'sv-SE' : 'en-GB' },
          },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 500, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: model.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: model.header, size: 18 })] }),
              ...(model.marking
                ? [
                    new Paragraph({
                      children: [new TextRun({ text: model.marking, italics: true, size: 16 })],
                    }),
                  ]
                : []),
              ...(model.warning
                ? [new Paragraph({ children: [new TextRun({ text: model.warning, bold: true, size: 18 })] })]
                : []),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: footerRuns(model.footer) })],
          }),
        },
        children: blocks(model.blocks),
      },
    ],
  });
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function toDocx(model: DocModel): Promise<Blob> {
  const blob = await Packer.toBlob(toDocxDocument(model));
  return blob.type === DOCX_MIME ? blob : new Blob([blob], { type: DOCX_MIME });
}
