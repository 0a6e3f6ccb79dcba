/** The "Om LIS-stegen" page: versions, third-party licences, and what the app stores. */
export const about = {
  'app.nav.about': 'Om appen',
  'about.title': 'Om LIS-stegen',
  'about.intro':
    'LIS-stegen är en webbapp som körs helt i din webbläsare. Här ser du vilken version du använder, vilken tredjepartskod som finns i appen och vad appen sparar.',
  'about.versions': 'Version',
  'about.appVersion': 'Appens version',
  'about.questionnaireVersion': 'Frågebankens version',
  'about.buildDate': 'Byggd',
  'about.loadingVersion': 'hämtas …',
  'about.privacy': 'Vad appen sparar, var och hur du tar bort det',
  'about.privacy.intro':
    'Det här avsnittet är skrivet för kommunens dataskyddsombud och informationssäkerhetssamordnare.',
  'about.privacy.whereHeading': 'Var uppgifterna finns',
  'about.privacy.where':
    'Allt du skriver sparas i webbläsarens egen databas (IndexedDB, med namnet ”lis-stegen”) på den här datorn och i den här webbläsarprofilen. Inget skickas till någon server, inte heller till den server som levererar appen. Appen använder inga kakor, ingen statistik och inga externa tjänster.',
  'about.privacy.whatHeading': 'Vad som sparas',
  'about.privacy.what.assessments':
    'Skattningar: kommunens namn, vad skattningen omfattar, vilka som deltog, datum och målnivåer.',
  'about.privacy.what.answers': 'Svar: nivå per fråga, motiveringar och anteckningar.',
  'about.privacy.what.plan': 'Handlingsplan: åtgärder med ansvarig, datum, status och anteckningar.',
  'about.privacy.what.settings':
    'Inställningar: valt språk, vilka meddelanden du har stängt och vilken version du senast såg.',
  'about.privacy.what.cache':
    'Appens egna filer sparas i webbläsarens cache, så att appen fungerar utan nätverk. De innehåller inga uppgifter om dig.',
  'about.privacy.personalHeading': 'Personuppgifter',
  'about.privacy.personal':
    'Fälten för deltagare, ansvariga och anteckningar är fritext och kan innehålla namn. Skriv inte känsliga personuppgifter eller säkerhetsskyddsklassificerade uppgifter i appen. Kommunen är personuppgiftsansvarig för det som skrivs. Webbservern som levererar appen loggar bara vanliga anrop efter filer, som för alla webbsidor.',
  'about.privacy.filesHeading': 'Filer du sparar',
  'about.privacy.files':
    'När du sparar en delningsfil, en PDF eller ett kalkylark hamnar filen där du väljer. Den omfattas sedan av kommunens vanliga regler för dokument. En delningsfil kan krypteras med lösenord.',
  'about.privacy.removeHeading': 'Så tar du bort uppgifterna',
  'about.privacy.removeOne':
    'En skattning: välj ”Ta bort” vid skattningen på startsidan. Svar och handlingsplan tas bort samtidigt.',
  'about.privacy.removeAll':
    'Allt: ta bort webbplatsdata för den här adressen i webbläsarens inställningar för sekretess (det heter ofta ”kakor och webbplatsdata”). Då försvinner alla skattningar, inställningar och appens sparade filer från den här webbläsaren. Andra webbläsare och datorer påverkas inte.',
  'about.privacy.cleared':
    'Webbläsaren kan själv rensa uppgifterna om disken blir full, om den inte har lovat att spara dem permanent. Spara därför skattningen som fil då och då.',
  'about.licences': 'Tredjepartskod och licenser',
  'about.licences.intro':
    'Appen innehåller de här öppna källkodspaketen. Listan skapas när appen byggs, utifrån den kod som faktiskt finns med.',
  'about.licences.caption': 'Paket i appen',
  'about.licences.name': 'Paket',
  'about.licences.version': 'Version',
  'about.licences.licence': 'Licens',
  'about.licences.fullText': 'Alla licenstexter (textfil)',
  'about.licences.unavailable':
    'Licensförteckningen finns bara i den byggda appen. Kör npm run build och öppna appen därifrån.',
} as const;
