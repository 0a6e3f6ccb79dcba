export const sharing = {
  'share.title': 'Dela som fil',
  'share.intro':
    'Spara skattningen som en fil som du kan skicka till kollegor. De öppnar filen i LIS-stegen, lägger till sin syn och skickar tillbaka den; då kan du slå samman era svar. Filen innehåller uppgifterna om skattningen, målnivåer, alla svar med anteckningar och hela handlingsplanen.',
  'share.encrypt': 'Skydda filen med lösenord (krypterad)',
  'share.password': 'Lösenord',
  'share.passwordHint':
    'Minst 8 tecken. Lösenordet sparas inte någonstans; lämna det till mottagaren på annat sätt än filen, till exempel per telefon.',
  'share.passwordRepeat': 'Skriv lösenordet igen',
  'share.passwordShort': 'Lösenordet måste ha minst 8 tecken.',
  'share.passwordMismatch': 'Lösenorden är inte lika.',
  'share.plainWarning':
    'Filen blir inte krypterad. Alla som får tag på filen kan läsa kommunens svar och handlingsplan.',
  'share.encryptedInfo':
    'Filen krypteras med AES-GCM och ett lösenordsbaserat nyckelskydd (PBKDF2, 600 000 varv). Utan lösenordet går den inte att läsa.',
  'share.omitNames':
    'Utelämna personnamn (deltagare och ansvariga personer), till exempel när filen delas utanför arbetsgruppen',
  'share.save': 'Spara som fil',
  'share.saving': 'Skapar filen …',
  'share.saved': 'Filen {name} är sparad.',
  'share.error.too-large': 'Filen skulle bli för stor ({mb} MB). Gränsen är {limit} MB.',
  'share.error.empty-password': 'Skriv ett lösenord.',
  'share.error.invalid': 'Skattningen innehåller uppgifter som inte kan sparas i filen: {detail}',
  'open.title': 'Öppna fil',
  'open.intro':
    'Öppna en fil från LIS-stegen som du har fått av en kollega eller sparat själv. Filen läses bara här i webbläsaren; inget laddas upp.',
  'open.choose': 'Välj en fil',
  'open.drop': 'eller dra och släpp filen här',
  'open.dropZone': 'Släpp en LIS-stegen-fil här',
  'open.reading': 'Läser filen …',
  'open.password': 'Filen är skyddad med lösenord. Skriv lösenordet.',
  'open.passwordLabel': 'Lösenord för filen',
  'open.unlock': 'Öppna filen',
  'open.error.too-large': 'Filen är för stor ({mb} MB). En fil från LIS-stegen får vara högst {limit} MB.',
  'open.error.empty': 'Filen är tom.',
  'open.error.not-json':
    'Filen går inte att läsa. Den är skadad, ofullständig eller inte en fil från LIS-stegen.',
  'open.error.too-deep': 'Filen har en konstig uppbyggnad och kan inte öppnas.',
  'open.error.not-lis-file': 'Det här är inte en fil från LIS-stegen.',
  'open.error.too-new':
    'Filen är skapad med en nyare version av LIS-stegen (filformat {fileVersion}); den här versionen läser filformat {supportedVersion}. Uppdatera LIS-stegen och försök igen.',
  'open.error.needs-password': 'Filen är skyddad med lösenord.',
  'open.error.wrong-password-or-damaged':
    'Lösenordet är fel, eller så har filen ändrats efter att den sparades. Försök igen.',
  'open.error.invalid':
    'Filen innehåller uppgifter som inte stämmer med formatet och kan inte öppnas. Inget har ändrats.',
  'open.error.unknown-questionnaire': 'Filen gäller en annan frågebank ({id}) än den som finns i LIS-stegen.',
  'open.error.newer-questionnaire':
    'Filen är besvarad mot en nyare version av frågorna ({fileVersion}) än den här appen har ({appVersion}). Uppdatera LIS-stegen.',
  'open.error.details': 'Detaljer',
  'open.nothingChanged': 'Inget har ändrats i dina skattningar.',
  'open.found':
    'Filen innehåller skattningen för {organisation} från {date}: {answers} svar och {actions} åtgärder. Sparad {exportedAt}.',
  'open.encrypted': 'Filen var skyddad med lösenord.',
  'open.dropped':
    'Frågor som har tagits bort ur frågebanken sedan filen sparades: {ids}. Svaren på dem tas inte med.',
  'open.mapped': '{count} svar har flyttats till nya fråge-id enligt frågebankens ändringar.',
  'open.detached':
    '{count} åtgärder hörde till borttagna frågor; de finns kvar i handlingsplanen utan koppling till en fråga.',
  'open.importNew': 'Lägg till som ny skattning',
  'open.exists':
    'Du har redan den här skattningen ({organisation}, {date}). Slå samman din och filens version, eller lägg till filen som en separat kopia.',
  'open.merge': 'Slå samman med min skattning',
  'open.copy': 'Lägg till som en kopia',
  'open.imported': 'Skattningen är tillagd.',
  'open.another': 'Välj en annan fil',
  'merge.title': 'Slå samman',
  'merge.intro':
    'Jämför din version med filens. Det som bara finns i filen tas med automatiskt. Där ni har svarat olika väljer du vad som ska gälla. Inget sparas förrän du väljer Slå samman.',
  'merge.automatic': 'Tas med automatiskt ({count})',
  'merge.automaticNone': 'Inget tas med automatiskt.',
  'merge.conflicts': 'Välj vad som ska gälla ({count})',
  'merge.conflictsNone': 'Det finns inga skillnader att välja mellan.',
  'merge.mine': 'Min version',
  'merge.theirs': 'Filens version',
  'merge.both': 'Båda',
  'merge.bothAction': 'Båda (filens åtgärd läggs till som en egen åtgärd)',
  'merge.kind.detail': 'Uppgift: {field}',
  'merge.kind.target': 'Målnivå: {area}',
  'merge.kind.answer': 'Svar: {question}',
  'merge.kind.action': 'Åtgärd: {title}',
  'merge.auto.detail': 'Uppgift: {field}',
  'merge.auto.target': 'Målnivå för {area}',
  'merge.auto.answer': 'Svar på {question}',
  'merge.auto.action': 'Åtgärd: {title}',
  'merge.value.level': 'Nivå {level}',
  'merge.value.unknown': 'Vet ej',
  'merge.value.na': 'Ej tillämplig: {reason}',
  'merge.value.none': 'Inget svar',
  'merge.value.note': 'Anteckning: {note}',
  'merge.value.flagged': 'Markerad för granskning',
  'merge.value.target': 'Nivå {level}{reason}',
  'merge.fields': 'Skiljer sig i: {fields}',
  'merge.summary': 'Det här ändras',
  'merge.summaryText':
    '{answersAdded} nya svar, {answersChanged} ändrade svar, {notes} anteckningar, {targets} målnivåer, {details} uppgifter, {actionsAdded} nya och {actionsChanged} ändrade åtgärder. {keptMine} skillnader behåller din version.',
  'merge.unresolved': 'Välj för {count} skillnader innan du slår samman.',
  'merge.apply': 'Slå samman',
  'merge.done': 'Skattningarna är sammanslagna.',
  'merge.stale':
    'Din skattning har ändrats sedan jämförelsen gjordes (kanske i en annan flik). Jämförelsen är gjord om; titta igenom valen igen.',
  'merge.failed': 'Sammanslagningen kunde inte göras: {reason}. Inget har ändrats.',
  'merge.differentQuestionnaire':
    'Filen och din skattning är besvarade mot olika versioner av frågebanken och kan inte slås samman. Lägg till filen som en kopia.',
  'merge.field.organisation': 'kommunens namn',
  'merge.field.scope': 'omfattning',
  'merge.field.participants': 'deltagare',
  'merge.field.date': 'datum',
} as const;
