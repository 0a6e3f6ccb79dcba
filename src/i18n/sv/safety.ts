/** Import limits, undoing a merge, the backup habit and removing everything (issue 17). */
export const safety = {
  'place.file': 'filens uppbyggnad (rubrik, format eller listor)',
  'place.assessment': 'uppgifterna om skattningen',
  'place.answer': 'svar nummer {n}',
  'place.action': 'åtgärd nummer {n}',
  'open.error.places': 'Var i filen felen finns',
  'open.unknownQuestions':
    'Filen har svar på {count} frågor som inte finns i frågebanken ({ids}). De svaren tas inte med.',
  'merge.doneTitle': 'Sammanslagningen är klar',
  'merge.toAssessment': 'Till skattningen',
  'merge.undoInfo': 'Sammanslagen {when}. Blev det fel kan du gå tillbaka till hur skattningen var före.',
  'merge.undo': 'Ångra sammanslagningen',
  'merge.undone': 'Sammanslagningen är ångrad. Skattningen är som den var före.',
  'merge.undoChangedTitle': 'Skattningen har ändrats efter sammanslagningen',
  'merge.undoChanged':
    'Om du ångrar sammanslagningen försvinner också det som har ändrats efter den (svar, anteckningar eller handlingsplan).',
  'merge.undoAnyway': 'Ångra ändå',
  'merge.undoKeep': 'Behåll som det är',
  'open.error.too-many': 'Filen har fler poster än en fil från LIS-stegen kan ha och kan inte öppnas.',
  'open.error.timed-out':
    'Filen tog för lång tid att läsa (mer än {seconds} sekunder) och läses inte. En fil från LIS-stegen öppnas på några sekunder.',
  'open.error.read-failed':
    'Filen kunde inte läsas, kanske för att den är för krävande för webbläsaren. Prova att ladda om sidan.',
  'share.passwordWhy':
    'Varför så långt? Den som får tag i filen kan pröva miljontals lösenord på sin egen dator utan att någon märker det. Ett kort lösenord hittas då på några timmar, ett långt håller.',
  'share.password.empty': 'Skriv ett lösenord.',
  'share.password.too-short':
    'Lösenordet är för kort. Skriv minst 12 tecken, eller en lösenfras med minst fyra ord.',
  'share.password.too-simple':
    'Lösenordet har för få olika tecken och är lätt att gissa. Använd fler olika tecken eller en lösenfras.',
  'share.password.too-long': 'Lösenordet får ha högst 200 tecken.',
  'secrecy.marking': 'Kan omfattas av sekretess enligt 18 kap. 8 § offentlighets- och sekretesslagen.',
  'secrecy.title': 'Pröva sekretessen innan något lämnar kommunen',
  'secrecy.body':
    'Svaren, rapporten och planen visar var kommunen är sårbar. Sådana uppgifter kan omfattas av sekretess enligt 18 kap. 8 § offentlighets- och sekretesslagen. Pröva sekretessen innan ni lämnar ut filen eller utskriften, till exempel som underlag till kommunstyrelsen, där handlingarna annars blir allmänna.',
  'secrecy.notes':
    'Skriv inga säkerhetsskyddsklassificerade uppgifter i anteckningar eller motiveringar. Verktyget är inte gjort för dem.',
} as const;
