import type { ShareBundle } from './bundle';
import { sortKeys } from './canonical-json';
import { ExportError } from './export-error';
import { validateBundle } from './validate';

export const FILE_EXTENSION = '.lisstegen';
/** Plain and encrypted files share extension and type; the envelope's `format` tells them apart. */
export const MIME_TYPE = 'application/vnd.lis-stegen+json';

export type SerializeOptions = {
  /** Blank out participants and action owners' names before the file leaves the device. */
  omitPersonalNames?: boolean;
};

/**
 * The plain file text: pretty-printed (2 spaces, trailing newline) with a stable key order, so that
 * exporting the same data twice gives the same bytes. Throws `ExportError` rather than write a file
 * that `readShareFile` would refuse.
 */
export function serializeBundle(bundle: ShareBundle, options: SerializeOptions = {}): string {
  const checked = validateBundle(bundle);
  if (!checked.ok) throw new ExportError({ kind: 'invalid', issues: checked.issues });
  const data = options.omitPersonalNames ? withoutPersonalNames(checked.bundle) : checked.bundle;
  return `${JSON.stringify(withSortedRecords(data), null, 2)}\n`;
}

export function withoutPersonalNames(bundle: ShareBundle): ShareBundle {
  return {
    ...bundle,
    assessment: {
      ...bundle.assessment,
      participants: '',
      // The incident contacts and the training log name people too; what they did stays.
      legal: {
        ...bundle.assessment.legal,
        place: {
          ...bundle.assessment.legal.place,
          contacts: Object.fromEntries(
            Object.keys(bundle.assessment.legal.place.contacts).map((r) => [
              r,
              { name: '', phone: '', email: '' },
            ]),
          ) as ShareBundle['assessment']['legal']['place']['contacts'],
        },
        trainings: bundle.assessment.legal.trainings.map((e) => ({ ...e, name: '' })),
      },
    },
    actions: bundle.actions.map((a) => ({ ...a, ownerName: '' })),
  };
}

/**
 * zod builds every object in the order its schema declares the keys, whatever order the input had;
 * records keep insertion order, so they are sorted here. Together that makes the key order stable.
 */
function withSortedRecords(bundle: ShareBundle): ShareBundle {
  const { assessment } = bundle;
  return {
    ...bundle,
    assessment: {
      ...assessment,
      targets: sortKeys(assessment.targets),
      basedOn: assessment.basedOn && { ...assessment.basedOn, levels: sortKeys(assessment.basedOn.levels) },
      legal: {
        ...assessment.legal,
        duties: sortKeys(assessment.legal.duties),
        soa: sortKeys(assessment.legal.soa),
      },
    },
  };
}
