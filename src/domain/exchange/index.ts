/** The share file: everything the import, export and merge screens need. See docs/file-format.md. */
export { createBundle, FORMAT, FORMAT_VERSION, type BundleInput, type ShareBundle } from './bundle';
export { withNewIds } from './copy';
export { ExportError, type ExportProblem } from './export-error';
export { shareFileName } from './file-name';
export type { ImportError } from './import-error';
export { issuePlaces, type IssuePlace } from './issue-places';
export { MAX_FILE_BYTES, SHARE_LIMITS } from './limits';
export { checkMergeable, diffBundles, diffWithQuestionnaire, type DiffOptions } from './merge';
export { applyMerge } from './merge-apply';
export { MergeError, type MergeProblem } from './merge-error';
export { summarizeMerge, type MergeSummary } from './merge-summary';
export type {
  AutomaticChange,
  Conflict,
  DetailField,
  MergeChoice,
  MergePlan,
  MergeResolutions,
} from './merge-types';
export { checkFileSize, readShareFile, type ReadOptions, type ReadResult } from './parse';
export {
  mapToQuestionnaire,
  type QuestionnaireMapping,
  type QuestionnaireMismatch,
} from './questionnaire-version';
export { FILE_EXTENSION, MIME_TYPE, serializeBundle, type SerializeOptions } from './serialize';
export { exportShareFile, type ExportOptions, type ExportResult } from './share-file';
export {
  checkSharePassword,
  PASSPHRASE_MIN_WORDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  sharePasswordSchema,
  type PasswordProblem,
  type SharePasswordCheck,
} from './password-policy';
export { leaveOutUnknownQuestions, type UnknownQuestions } from './unknown-questions';
export { upgradeStored, type StoredParts } from './upgrade';
export { validateBundle, type ValidationIssue } from './validate';
