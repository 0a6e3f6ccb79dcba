import type { DecisionBrief } from '../../domain/brief/brief';
import type { Assessment } from '../../domain/assessment/types';
import { useSaveFile } from '../../data/use-save-file';
import { downloadBlob, safeFileName } from '../../ui/download';
import type { Words } from './brief-text';

type Props = { assessment: Assessment; brief: DecisionBrief; words: Words; steps: string[] };

/** Saves the brief as .docx; the Word library loads only when the button is pressed. */
export function SummaryWord({ assessment, brief, words, steps }: Props) {
  const run = useSaveFile();
  return (
    <div className="actions no-print">
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          run(async () => {
            const { summaryDocx } = await import('./summary-word-file');
            const blob = await summaryDocx({ assessment, brief, words, steps });
            downloadBlob(
              blob,
              `ledningssammanfattning-${safeFileName(assessment.organisation)}-${assessment.date}.docx`,
            );
          })
        }
      >
        {words.t('brief.word')}
      </button>
    </div>
  );
}
