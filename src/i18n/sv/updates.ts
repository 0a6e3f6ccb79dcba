/** "Nytt i den här versionen" after an update, and the version history on the Om page. */
export const updates = {
  'whatsNew.title': 'Nytt i den här versionen',
  'whatsNew.intro': 'LIS-stegen har uppdaterats till version {version}. Det här är nytt:',
  'whatsNew.version': 'Version {version}, {date}',
  'whatsNew.close': 'Stäng',
  'whatsNew.bank.title': 'Frågebanken för {name} har uppdaterats från version {from} till {to}',
  'whatsNew.bank.countAdded': 'Nya frågor: {count}',
  'whatsNew.bank.countMoved': 'Svar som flyttats till en ny fråga: {count}',
  'whatsNew.bank.countRecheck': 'Svar att se över: {count}',
  'whatsNew.bank.countDropped': 'Svar som inte längre ingår: {count}',
  'whatsNew.bank.details': 'Visa vad som har ändrats',
  'whatsNew.bank.addedOne': 'En ny fråga att besvara:',
  'whatsNew.bank.added': '{count} nya frågor att besvara, till exempel:',
  'whatsNew.bank.addedMore': 'och {count} till. Du hittar dem i översikten.',
  'whatsNew.bank.moved':
    'Ditt svar på fråga {from} finns nu under fråga {to} ({text}). Kontrollera att svaret stämmer för den nya frågan.',
  'whatsNew.bank.recheck':
    'Frågor du har besvarat som har fått nya nivåtexter. Ditt svar finns kvar, men titta på det igen:',
  'whatsNew.bank.dropped':
    'Svar på frågor som har tagits bort utan ersättare ingår inte längre i skattningen: {ids}.',
  'whatsNew.bank.untouched': 'Inga av dina svar har ändrats.',
  'whatsNew.bank.open': 'Gå till {name}',
  'about.history': 'Versionshistorik',
  'about.history.intro': 'Vad varje version av appen och av frågebanken har ändrat.',
  'about.history.app': 'Appen',
  'about.history.bank': 'Frågebanken',
  'about.history.bankVersion': 'Frågebanken {version}',
  'about.history.added': 'Nya frågor: {ids}.',
  'about.history.changed': 'Frågor med nya nivåtexter: {ids}.',
  'about.history.removed': 'Borttagna frågor: {ids}.',
} as const;
