/** The regional overview: result files a kommun sends to its region, and their aggregation. See docs/result-file.md. */
export { aggregate, areaAverages, kommungruppOf, lanOf, matchesFilter, UNKNOWN_GROUP } from './aggregate';
export type {
  AreaPicture,
  GroupKey,
  GroupPicture,
  JointAction,
  QuestionPicture,
  RegionFilter,
  RegionPicture,
} from './aggregate';
export {
  buildResultFile,
  resultAnswerOf,
  senderOf,
  type IdentityChoice,
  type ResultInput,
} from './build-result';
export { addToIntake, coverageOf, emptyIntake, intakeOf } from './intake';
export type {
  AcceptedResult,
  Coverage,
  DuplicateResult,
  Intake,
  RejectedResult,
  RejectReason,
} from './intake';
export { KOMMUNGRUPPER, type Kommungrupp } from './kommungrupper';
export { mapResultToQuestionnaire, type MappedResult, type ResultMismatch } from './map-result';
export * from './result-file';
export { readResultFile, resultFileName, resultFileText, writeResultFile } from './result-io';
export type { ResultImportError, ResultReadResult, ResultWriteResult } from './result-io';
export { MAX_RESULT_FILE_BYTES, MAX_RESULT_FILES, MIN_GROUP_SIZE, RESULT_LIMITS } from './result-limits';
export { spreadOf, quantile, type Spread } from './spread';
export * from './picture-file';
export {
  buildRegionPicture,
  readRegionPicture,
  regionPictureFileName,
  regionPictureText,
  writeRegionPicture,
} from './picture-io';
export type {
  PictureImportError,
  PictureReadResult,
  PictureWriteProblem,
  PictureWriteResult,
  RegionPictureMeta,
} from './picture-io';
export { placeOf, positionInPicture } from './picture-position';
export type { AreaPosition, PicturePosition, Place, QuestionPosition } from './picture-position';
