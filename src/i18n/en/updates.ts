import type { updates as sv } from '../sv/updates';

export const updates: Record<keyof typeof sv, string> = {
  'whatsNew.title': 'New in this version',
  'whatsNew.intro': 'LIS-stegen has been updated to version {version}. This is new:',
  'whatsNew.version': 'Version {version}, {date}',
  'whatsNew.close': 'Close',
  'whatsNew.bank.title': 'The question bank for {name} has been updated from version {from} to {to}',
  'whatsNew.bank.countAdded': 'New questions: {count}',
  'whatsNew.bank.countMoved': 'Answers moved to a new question: {count}',
  'whatsNew.bank.countRecheck': 'Answers to review: {count}',
  'whatsNew.bank.countDropped': 'Answers no longer included: {count}',
  'whatsNew.bank.details': 'Show what has changed',
  'whatsNew.bank.addedOne': 'One new question to answer:',
  'whatsNew.bank.added': '{count} new questions to answer, for example:',
  'whatsNew.bank.addedMore': 'and {count} more. You find them in the overview.',
  'whatsNew.bank.moved':
    'Your answer to question {from} now belongs to question {to} ({text}). Check that the answer holds for the new question.',
  'whatsNew.bank.recheck':
    'Questions you have answered whose level texts are new. Your answer stays, but look at it again:',
  'whatsNew.bank.dropped':
    'Answers to questions removed without a successor are no longer part of the assessment: {ids}.',
  'whatsNew.bank.untouched': 'None of your answers has changed.',
  'whatsNew.bank.open': 'Go to {name}',
  'about.history': 'Version history',
  'about.history.intro': 'What each version of the app and of the question bank changed.',
  'about.history.app': 'The app',
  'about.history.bank': 'The question bank',
  'about.history.bankVersion': 'Question bank {version}',
  'about.history.added': 'New questions: {ids}.',
  'about.history.changed': 'Questions with new level texts: {ids}.',
  'about.history.removed': 'Removed questions: {ids}.',
};
