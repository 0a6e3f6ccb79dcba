/** The backup habit and removing everything from a shared computer (issue 17, point 8). */
export const backup = {
  'backup.savedAt': 'Last saved to a file on this computer: {when}.',
  'backup.never': 'Not saved to a file from this computer yet.',
  'backup.nudge':
    'There are changes that are not in any file. The browser may clear what it has stored, for example when the disk gets full. Save a file and keep it where the municipality keeps its documents.',
  'backup.saveNow': 'Save as a file now',
  'backup.removeHeading': 'Remove everything from this computer',
  'backup.removeIntro':
    'On a computer that several people use, you can remove everything LIS-stegen has stored in this browser in one step: every assessment with its answers, action plans and settings. Files you have saved are not affected.',
  'backup.removeButton': 'Remove everything LIS-stegen has stored here',
  'backup.removeConfirmTitle': 'Remove everything from this computer?',
  'backup.removeConfirmText':
    'Every assessment, answer, action plan and setting is removed from this browser. This cannot be undone. First save as a file the assessments you want to keep.',
  'backup.removeConfirm': 'Yes, remove everything',
  'backup.removeCancel': 'Cancel',
  'backup.removed': 'Everything LIS-stegen had stored in this browser has been removed.',
  'backup.removeFailed': 'Not everything could be removed. Close other tabs with LIS-stegen and try again.',
  'backup.toStart': 'To the start page',
} as const;
