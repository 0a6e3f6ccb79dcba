import { useEffect, useState } from 'react';

/** One package in the build's licence notice (written by scripts/licence-notice.ts). */
export type Licence = { name: string; version: string; license: string };

/** The notice sits beside index.html; the service worker keeps it for offline use. */
export const LICENCE_TEXT_URL = './third-party-licenses.txt';
const LICENCE_JSON_URL = './third-party-licenses.json';

function isLicence(value: unknown): value is Licence {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.version === 'string' && typeof v.license === 'string';
}

export type LicenceState = { status: 'loading' } | { status: 'ok'; list: Licence[] } | { status: 'missing' };

/** The bundled packages and their licences; `missing` in dev, where no build has written the notice. */
export function useLicences(): LicenceState {
  const [state, setState] = useState<LicenceState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(LICENCE_JSON_URL)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
      .then(
        (data) => {
          const list = Array.isArray(data) ? data.filter(isLicence) : [];
          if (live) setState(list.length > 0 ? { status: 'ok', list } : { status: 'missing' });
        },
        () => live && setState({ status: 'missing' }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
