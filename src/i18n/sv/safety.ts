/** Import limits, undoing a merge, the backup habit and removing everything (issue 17). */
export const safety = {
  'place.file': 'filens uppbyggnad (rubrik, format eller listor)',
  'place.assessment': 'uppgifterna om skattningen',
  'place.answer': 'svar nummer {n}',
  'place.action': 'åtgärd nummer {n}',
  'open.error.places': 'Var i filen felen finns',
  'open.unknownQuestions':
    'Filen har svar på {count} frågor som inte finns i frågebanken ({ids}). De svaren tas inte med.',
} as const;
