import type { ReleaseNote } from '../domain/updates/whats-new';

/**
 * "Nytt i den här versionen": what each version of the app brought, in plain words for the person
 * who uses it, newest first. Add an entry when package.json's version is raised; the app shows the
 * new entries once after an update, and the Om page keeps them all.
 */
export const releaseNotes: ReleaseNote[] = [
  {
    version: '0.3.1',
    date: '2026-12-01',
    sv: [
      'Handlingsplanen öppnas snabbare. En sparad plan visas direkt, och först därefter räknar appen om planen för att se om svaren har ändrats.',
      'Workshopläget får plats på en projektor med 1280 × 720 bildpunkter och 150 % skalning: för nästan alla frågor syns frågan och alla nivåer utan att du behöver skrolla.',
      'Har du valt engelska visas startsidan på engelska direkt. Knappen Ny skattning flyttar sig inte längre när sidan laddas för den som redan har skattningar.',
    ],
    en: [
      'The action plan opens faster. A saved plan shows at once, and only then does the app work out the plan again to see whether the answers have changed.',
      'Workshop mode fits a projector at 1280 × 720 pixels with 150 % scaling: for nearly every question, the question and all its levels show without scrolling.',
      'If you chose English, the start page is in English from the start. The New assessment button no longer moves while the page loads for someone who already has assessments.',
    ],
  },
  {
    version: '0.3.0',
    date: '2026-12-01',
    sv: [
      'Handlingsplanen visar målet för året per område, på sidan, i utskriften, i Word och i Excel. En kommun som börjar från noll får en plan som ryms inom den treåriga ekonomiska planen.',
      'Frågebanken har version 1.2.0. Tre frågor som frågade om två saker är delade, och sex nya frågor handlar bland annat om åtkomstloggar, e-arkiv och tillsyn. Ditt svar följer med till den första delen. Åtgärderna ligger hos den som gör arbetet, och leveransen säger vem som beslutar.',
      'Skicka resultat till regionen: en egen fil med bara nivåerna, utan anteckningar och namn. Under Regional översikt kan en region lägga ihop många kommuners filer, se spridningen per område och skicka tillbaka en regionbild där kommunen ser sitt eget läge. Grupper med färre än fem kommuner visas aldrig.',
      'Utskrifter och Word-filer är märkta med att de kan omfattas av sekretess, och appen påminner om att pröva sekretessen innan något lämnar kommunen.',
      'Startsidan syns och knappen Ny skattning fungerar direkt, innan resten av appen har laddats.',
    ],
    en: [
      "The action plan shows the year's goal for each area, on the page, in print, in Word and in Excel. A municipality starting from nothing gets a plan that fits within the three-year financial plan.",
      'The question bank is now version 1.2.0. Three questions that asked about two things are split, and six new questions cover access logs, e-archives and supervision, among others. Your answer carries over to the first part. Actions sit with whoever does the work, and the deliverable says who decides.',
      "Send results to the region: a separate file with only the levels, without notes or names. Under Regional overview, a region can combine many municipalities' files, see the spread per area and send back a regional picture in which each municipality sees its own position. Groups of fewer than five municipalities are never shown.",
      'Printouts and Word files are marked as possibly secret, and the app reminds you to check secrecy before anything leaves the municipality.',
      'The start page appears, and the New assessment button works, straight away, before the rest of the app has loaded.',
    ],
  },
  {
    version: '0.2.0',
    date: '2026-12-01',
    sv: [
      'Handlingsplanen tar hänsyn till hur mycket varje roll hinner per kvartal, och prioritet 1 är en kort lista med ett första steg per område. Planen går att arbeta i som en tabell, och varje åtgärd kan få kostnad, persondagar och vad den väntar på.',
      'Den nya sidan Lagkrav visar vad cybersäkerhetslagen kräver av kommunen: tillsynsmyndighet, en checklista för 2 kap., ledningens utbildning och ett incidentkort att skriva ut. Tillämpningsförklaringen för ISO 27001 kan sparas som Excel-fil.',
      'Frågebanken har version 1.1.0 med två nya områden. Varje fråga säger nu om den bygger på cybersäkerhetslagen eller en annan lag, och bara lagens krav räknas som krav. Dina svar följer med; appen visar vad som har ändrats för dina svar.',
      'En sammanslagning kan ångras, och filer som inte går att läsa avvisas med ett tydligt meddelande utan att något ändras.',
      'Sidan Om appen visar versioner, vad appen sparar och hur du tar bort det, samt licenserna för de delar appen bygger på.',
    ],
    en: [
      'The action plan takes into account how much each role can do per quarter, and priority 1 is a short list with one first step per area. The plan can be worked from as a table, and each action can have a cost, person-days and what it waits for.',
      'The new page Legal requirements shows what the Cybersecurity Act asks of the municipality: supervisory authority, a checklist for chapter 2, leadership training and an incident card to print. The ISO 27001 statement of applicability can be saved as an Excel file.',
      "The question bank is now version 1.1.0, with two new areas. Each question now says whether it rests on the Cybersecurity Act or another law, and only the Act's requirements count as requirements. Your answers carry over; the app shows what changed for your answers.",
      'A merge can be undone, and files that cannot be read are refused with a clear message, with nothing changed.',
      'The About page shows versions, what the app stores and how to remove it, and the licences of the parts the app is built on.',
    ],
  },
  {
    version: '0.1.0',
    date: '2026-11-01',
    sv: [
      'Första versionen: självskattning med 84 frågor i 13 områden, gap-rapport, ledningssammanfattning, handlingsplan och delningsfiler som kan krypteras med lösenord.',
    ],
    en: [
      'First version: self-assessment with 84 questions in 13 areas, gap report, leadership summary, action plan and share files that can be encrypted with a password.',
    ],
  },
];
