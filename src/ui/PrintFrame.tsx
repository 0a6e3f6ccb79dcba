import type { ReactNode } from 'react';

/** `marking` is the secrecy line every printed page carries; callers pass it from the catalogue. */
type Props = { header: ReactNode; marking: string; children: ReactNode };

/**
 * On paper, the header (organisation, date, document) repeats at the top of every page: browsers
 * repeat a table's header group on each printed page. On screen the frame is plain blocks, and
 * role="presentation" keeps it out of the accessibility tree as a table.
 */
export function PrintFrame({ header, marking, children }: Props) {
  return (
    <table className="print-frame" role="presentation">
      <thead className="print-frame__head">
        <tr>
          <td>
            <div className="print-only print-frame__header">
              {header}
              <span className="print-frame__marking">{marking}</span>
            </div>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="print-frame__body">{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
