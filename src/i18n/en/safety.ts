import type { safety as sv } from '../sv/safety';

/** Import limits, undoing a merge, the backup habit and removing everything (issue 17). */
export const safety: Record<keyof typeof sv, string> = {
  'place.file': 'the structure of the file (heading, format or lists)',
  'place.assessment': 'the assessment details',
  'place.answer': 'answer number {n}',
  'place.action': 'action number {n}',
  'open.error.places': 'Where in the file the problems are',
  'open.unknownQuestions':
    'The file has answers to {count} questions that are not in the question bank ({ids}). Those answers are left out.',
  'merge.doneTitle': 'The merge is done',
  'merge.toAssessment': 'To the assessment',
  'merge.undoInfo':
    'Merged {when}. If something went wrong you can go back to how the assessment was before.',
  'merge.undo': 'Undo the merge',
  'merge.undone': 'The merge is undone. The assessment is as it was before.',
  'merge.undoChangedTitle': 'The assessment has changed since the merge',
  'merge.undoChanged':
    'If you undo the merge, what has changed since it (answers, notes or the action plan) goes too.',
  'merge.undoAnyway': 'Undo anyway',
  'merge.undoKeep': 'Keep it as it is',
  'open.error.too-many': 'The file has more entries than a LIS-stegen file can have and cannot be opened.',
  'open.error.timed-out':
    'The file took too long to read (more than {seconds} seconds) and is not read. A LIS-stegen file opens in a few seconds.',
  'open.error.read-failed':
    'The file could not be read, perhaps because it is too demanding for the browser. Try reloading the page.',
  'share.passwordWhy':
    'Why so long? Whoever gets hold of the file can try millions of passwords on their own computer without anyone noticing. A short password is then found within hours; a long one holds.',
  'share.password.empty': 'Type a password.',
  'share.password.too-short':
    'The password is too short. Use at least 12 characters, or a passphrase of at least four words.',
  'share.password.too-simple':
    'The password has too few different characters and is easy to guess. Use more different characters or a passphrase.',
  'share.password.too-long': 'The password may have at most 200 characters.',
  'secrecy.marking':
    'May be secret under chapter 18, section 8 of the Public Access to Information and Secrecy Act.',
  'secrecy.title': 'Check secrecy before anything leaves the municipality',
  'secrecy.body':
    'The answers, the report and the plan show where the municipality is vulnerable. Such information may be secret under chapter 18, section 8 of the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen). Check secrecy before you release the file or the printout, for example as a basis for the municipal executive board, where documents otherwise become public.',
  'secrecy.notes':
    'Do not write security-classified information (säkerhetsskyddsklassificerade uppgifter) in notes or reasons. The tool is not made for it.',
};
