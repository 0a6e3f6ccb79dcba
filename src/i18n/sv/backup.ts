/** The backup habit and removing everything from a shared computer (issue 17, point 8). */
export const backup = {
  'backup.savedAt': 'Senast sparad som fil på den här datorn: {when}.',
  'backup.never': 'Inte sparad som fil från den här datorn ännu.',
  'backup.nudge':
    'Det finns ändringar som inte finns i någon fil. Webbläsaren kan rensa det den har sparat, till exempel när disken blir full. Spara en fil och lägg den där kommunen sparar sina dokument.',
  'backup.saveNow': 'Spara som fil nu',
  'backup.removeHeading': 'Ta bort allt från den här datorn',
  'backup.removeIntro':
    'På en dator som flera använder kan du ta bort allt som LIS-stegen har sparat i den här webbläsaren i ett steg: alla skattningar med svar, handlingsplaner och inställningar. Filer som du har sparat påverkas inte.',
  'backup.removeButton': 'Ta bort allt som LIS-stegen har sparat här',
  'backup.removeConfirmTitle': 'Ta bort allt från den här datorn?',
  'backup.removeConfirmText':
    'Alla skattningar, svar, handlingsplaner och inställningar tas bort från den här webbläsaren. Det går inte att ångra. Spara först som fil de skattningar som du vill behålla.',
  'backup.removeConfirm': 'Ja, ta bort allt',
  'backup.removeCancel': 'Avbryt',
  'backup.removed': 'Allt som LIS-stegen hade sparat i den här webbläsaren är borttaget.',
  'backup.removeFailed': 'Det gick inte att ta bort allt. Stäng andra flikar med LIS-stegen och försök igen.',
  'backup.toStart': 'Till startsidan',
} as const;
