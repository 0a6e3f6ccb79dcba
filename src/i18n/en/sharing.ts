import type { sharing as sv } from '../sv/sharing';

export const sharing: Record<keyof typeof sv, string> = {
  'share.title': 'Share as a file',
  'share.intro':
    'Save the assessment as a file you can send to colleagues. They open it in LIS-stegen, add their view and send it back; then you can merge your answers. The file holds the details of the assessment, target levels, every answer with notes, and the whole action plan.',
  'share.encrypt': 'Protect the file with a password (encrypted)',
  'share.password': 'Password',
  'share.passwordHint':
    'At least 12 characters, or a passphrase of at least four words, for example “blue bike under the bridge”. The password is not stored anywhere; give it to the recipient another way than the file, for example by phone.',
  'share.passwordRepeat': 'Type the password again',
  'share.passwordMismatch': 'The passwords are not the same.',
  'share.plainWarning':
    "The file will not be encrypted. Anyone who gets hold of the file can read the municipality's answers and action plan.",
  'share.encryptedInfo':
    'The file is locked with the password using strong, standard encryption. Without the password it cannot be read, and a file that someone has altered will not open. A forgotten password cannot be recovered.',
  'share.omitNames':
    'Leave out personal names (participants and responsible persons), for example when sharing beyond the working group',
  'share.save': 'Save as a file',
  'share.saving': 'Making the file …',
  'share.saved': 'The file {name} is saved.',
  'share.error.too-large': 'The file would be too large ({mb} MB). The limit is {limit} MB.',
  'share.error.empty-password': 'Type a password.',
  'share.error.invalid': 'The assessment holds data that cannot be saved in the file: {detail}',
  'open.title': 'Open file',
  'open.intro':
    'Open a LIS-stegen file that a colleague sent you or that you saved yourself. The file is read only here in the browser; nothing is uploaded.',
  'open.choose': 'Choose a file',
  'open.drop': 'or drag and drop the file here',
  'open.dropZone': 'Drop a LIS-stegen file here',
  'open.reading': 'Reading the file …',
  'open.password': 'The file is protected with a password. Type the password.',
  'open.passwordLabel': 'Password for the file',
  'open.unlock': 'Open the file',
  'open.error.too-large': 'The file is too large ({mb} MB). A LIS-stegen file may be at most {limit} MB.',
  'open.error.empty': 'The file is empty.',
  'open.error.not-json': 'The file cannot be read. It is damaged, incomplete or not a LIS-stegen file.',
  'open.error.too-deep': 'The file has a strange structure and cannot be opened.',
  'open.error.not-lis-file': 'This is not a LIS-stegen file.',
  'open.error.too-new':
    'The file was made with a newer version of LIS-stegen (file format {fileVersion}); this version reads file format {supportedVersion}. Update LIS-stegen and try again.',
  'open.error.needs-password': 'The file is protected with a password.',
  'open.error.wrong-password-or-damaged':
    'The password is wrong, or the file was changed after it was saved. Try again.',
  'open.error.invalid': 'The file holds data that does not match the format and cannot be opened.',
  'open.error.unknown-questionnaire':
    'The file is for another question bank ({id}) than the one in LIS-stegen.',
  'open.error.newer-questionnaire':
    'The file was answered against a newer version of the questions ({fileVersion}) than this app has ({appVersion}). Update LIS-stegen.',
  'open.nothingChanged': 'Nothing has changed in your assessments.',
  'open.found':
    'The file holds the assessment for {organisation} from {date}: {answered} of {total} questions answered (don’t know {unknown}, not applicable {na}) and {actions} actions. Saved {exportedAt}.',
  'open.encrypted': 'The file was protected with a password.',
  'open.dropped':
    'Questions removed from the question bank since the file was saved: {ids}. Their answers are not included.',
  'open.bank.version':
    'The file was saved with question bank {from}. The app has version {to}, so the answers are carried over to it:',
  'open.bank.added': '{count} questions have been added and are unanswered in the assessment.',
  'open.bank.recheck':
    'Questions with new level texts, where the answer stays but should be reviewed: {ids}.',
  'open.bank.moved': 'The answer to question {from} is carried over to question {to}.',
  'open.detached':
    '{count} actions belonged to removed questions; they stay in the action plan without a link to a question.',
  'open.importNew': 'Add as a new assessment',
  'open.exists':
    "You already have this assessment ({organisation}, {date}). Merge your version and the file's, or add the file as a separate copy.",
  'open.merge': 'Merge with my assessment',
  'open.copy': 'Add as a copy',
  'open.imported': 'The assessment is added.',
  'open.another': 'Choose another file',
  'merge.title': 'Merge',
  'merge.intro':
    "Compare your version with the file's. What only the file has is taken automatically. Where you answered differently, you choose what applies. Nothing is saved until you choose Merge.",
  'merge.automatic': 'Taken automatically ({count})',
  'merge.automaticNone': 'Nothing is taken automatically.',
  'merge.conflicts': 'Choose what applies ({count})',
  'merge.conflictsNone': 'There are no differences to choose between.',
  'merge.mine': 'My version',
  'merge.theirs': "The file's version",
  'merge.both': 'Both',
  'merge.bothAction': "Both (the file's action is added as an action of its own)",
  'merge.kind.detail': 'Detail: {field}',
  'merge.kind.target': 'Target level: {area}',
  'merge.kind.answer': 'Answer: {question}',
  'merge.kind.action': 'Action: {title}',
  'merge.auto.detail': 'Detail: {field}',
  'merge.auto.target': 'Target level for {area}',
  'merge.auto.answer': 'Answer to {question}',
  'merge.auto.action': 'Action: {title}',
  'merge.value.level': 'Level {level}',
  'merge.value.unknown': "Don't know",
  'merge.value.na': 'Not applicable: {reason}',
  'merge.value.none': 'No answer',
  'merge.value.note': 'Note: {note}',
  'merge.value.flagged': 'Marked for review',
  'merge.value.target': 'Level {level}{reason}',
  'merge.fields': 'Differs in: {fields}',
  'merge.summary': 'What changes',
  'merge.summaryText':
    '{answersAdded} new answers, {answersChanged} changed answers, {notes} notes, {targets} target levels, {details} details, {actionsAdded} new and {actionsChanged} changed actions. {keptMine} differences keep your version.',
  'merge.unresolved': 'Choose for {count} differences before you merge.',
  'merge.apply': 'Merge',
  'merge.done': 'The assessments are merged.',
  'merge.stale':
    'Your assessment has changed since the comparison was made (perhaps in another tab). The comparison has been redone; look through the choices again.',
  'merge.failed': 'The merge could not be done: {reason}. Nothing has changed.',
  'merge.differentQuestionnaire':
    'The file and your assessment were answered against different versions of the question bank and cannot be merged. Add the file as a copy.',
  'merge.field.organisation': 'name of the municipality',
  'merge.field.scope': 'scope',
  'merge.field.participants': 'participants',
  'merge.field.date': 'date',
};
