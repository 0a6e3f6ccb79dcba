import { Notice } from './Notice';

/**
 * Before a file or a printout leaves the device: what it says about the kommun may be secret. The
 * words come from the caller (src/ui has no catalogue); see docs/leadership-outputs.md, "Sekretess".
 */
export function SecrecyNotice({ title, body }: { title: string; body: string }) {
  return (
    <div className="no-print">
      <Notice>
        <p className="secrecy-note">
          <strong>{title}.</strong> {body}
        </p>
      </Notice>
    </div>
  );
}
