/**
 * A document as plain data: what the ledningssammanfattning, the action plan and ledningens
 * genomgång say, independent of whether it becomes a Word file or something else.
 */
export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      /** Share of the width per column, summing to about 100. */
      widths?: number[];
    }
  | { kind: 'page-break' };

export type DocModel = {
  title: string;
  /** Repeated at the top of every page: the kommun's name, the document and its date. */
  header: string;
  /** A second header line, such as "Ofullständig skattning …"; empty for none. */
  warning: string;
  /**
   * The secrecy marking under the header (see docs/leadership-outputs.md, "Sekretess"): the documents map the
   * kommun's weaknesses, which may be secret under 18 kap. 8 § offentlighets- och sekretesslagen.
   */
  marking?: string;
  /** The page footer, with `{page}` and `{pages}` where the numbers go. */
  footer: string;
  language: 'sv' | 'en';
  /** Wider pages for wide tables. */
  landscape?: boolean;
  blocks: DocBlock[];
};
