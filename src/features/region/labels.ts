import { LAN } from '../../domain/legal/kommuner';
import { KOMMUNGRUPPER, type Kommungrupp, type RejectReason, type ResultFile } from '../../domain/region';
import type { Translate } from '../../i18n';

const lanNames = new Map(LAN.map((l) => [l.code, l.name]));

export const lanName = (code: string): string => lanNames.get(code) ?? code;

/** SKR's code and the group's name ("C8 Landsbygdskommun"), from the catalogue the kommun chose it in. */
export const groupName = (t: Translate, code: string): string =>
  (KOMMUNGRUPPER as readonly string[]).includes(code)
    ? t(`regionSend.kommungrupp.${code as Kommungrupp}`)
    : t('region.group.unknown');

/** How a kommun is named in the overview: as it chose to be named in its file. */
export function identityLabel(t: Translate, file: ResultFile): string {
  const id = file.identity;
  if (id.kind === 'kommun') return id.name;
  return t('region.anonymous', { group: id.kommungrupp, lan: lanName(id.lan) });
}

/** Decimal megabytes, rounded up so a size never looks within the limit. */
const mb = (bytes: number) => (Math.ceil(bytes / 100_000) / 10).toLocaleString('sv-SE');

/** Why a file was not taken in, in one plain sentence. */
export function rejectText(t: Translate, reason: RejectReason): string {
  if (reason.kind === 'too-many-files') return t('region.reject.too-many-files', { limit: reason.limit });
  const e = reason.error;
  switch (e.kind) {
    case 'too-large':
      return t('region.reject.too-large', { mb: mb(e.bytes), limit: mb(e.limit) });
    case 'too-new':
      return t('region.reject.too-new');
    case 'timed-out':
      return t('region.reject.timed-out', { seconds: e.seconds });
    case 'unknown-questionnaire':
      return t('region.reject.unknown-questionnaire', { id: e.id });
    case 'newer-questionnaire':
      return t('region.reject.newer-questionnaire', { fileVersion: e.fileVersion, appVersion: e.appVersion });
    default:
      return t(`region.reject.${e.kind}`);
  }
}
