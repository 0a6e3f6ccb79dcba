/** Honest figures, the decision brief, the follow-up and the Word files. */
export const brief = {
  'report.fig.answered': 'Besvarade frågor (vet ej {unknown}, ej tillämplig {na})',
  'counts.answered': '{answered} av {total} frågor besvarade',
  'counts.beside': 'varav vet ej {unknown} och ej tillämplig {na}',
  'counts.reasonMissing': '{count} ej tillämplig saknar motivering och räknas inte som besvarade.',
  'counts.restOn': 'Siffrorna bygger på {basis} av {applicable} frågor som har fått en nivå.',
  'incomplete.title': 'Ofullständig skattning',
  'incomplete.text':
    'Bara {basis} av {applicable} frågor ({percent} %) har fått en nivå. Siffrorna bygger bara på dem och kan ändras mycket när resten besvaras.',
  'incomplete.rule':
    'En skattning räknas som fullständig när minst {threshold} % av de tillämpliga frågorna har en nivå.',
  'incomplete.print': 'Ofullständig skattning: bygger på {basis} av {applicable} frågor',
  'legal.counts': 'inte på plats {notInPlace} · inte bedömt {notAssessed} · på plats {inPlace} av {total}',
  'legal.countsLabel': 'Krav i cybersäkerhetslagen',
  'legal.unknownShare': 'Av de inte bedömda är {unknown} besvarade med vet ej.',
  'legal.notApplicable': '{count} lagkrav är markerade som ej tillämpliga och räknas inte med.',
  'legal.notAssessedTitle': 'Krav i cybersäkerhetslagen som inte är bedömda',
  'legal.notAssessedIntro':
    'Frågorna saknar nivå (inte besvarade eller vet ej). De räknas inte som brister, men ingen vet ännu om kraven är uppfyllda.',
  'brief.verdictTitle': 'Bedömning',
  'brief.verdict.none': 'Ingen fråga har fått en nivå ännu, så det går inte att säga något om läget.',
  'brief.verdict.basics-law.one':
    'Grunderna saknas i ett område där cybersäkerhetslagen ställer krav: {areas}.',
  'brief.verdict.basics-law.many':
    'Grunderna saknas i {count} områden där cybersäkerhetslagen ställer krav: {areas}.',
  'brief.verdict.basics-law.count':
    'I {count} av {assessed} bedömda områden saknas grunderna, trots att cybersäkerhetslagen ställer krav där. Tabellen visar vilka.',
  'brief.verdict.basics-law.countOf':
    'Grunderna saknas i {basics} av {assessed} bedömda områden. I {count} av dem ställer cybersäkerhetslagen krav. Tabellen visar vilka.',
  'brief.verdict.basics.count':
    'Grunderna saknas i {count} av {assessed} bedömda områden. Tabellen visar vilka.',
  'brief.verdict.basics.one': 'Grunderna saknas i ett område: {areas}.',
  'brief.verdict.basics.many': 'Grunderna saknas i {count} områden: {areas}.',
  'brief.verdict.below':
    '{below} av {assessed} bedömda områden ligger under målnivån. Störst är skillnaden i {area}.',
  'brief.verdict.met': 'Alla {assessed} bedömda områden når sin målnivå.',
  'brief.law.open': 'Av {total} krav i cybersäkerhetslagen är {notInPlace} inte på plats.',
  'brief.law.openUnknown':
    'Av {total} krav i cybersäkerhetslagen är {notInPlace} inte på plats och {notAssessed} inte bedömda.',
  'brief.law.unknown':
    'Inget av de bedömda kraven i cybersäkerhetslagen saknas, men {notAssessed} av {total} är inte bedömda.',
  'brief.law.ok': 'Alla {total} krav i cybersäkerhetslagen som frågorna tar upp är på plats.',
  'brief.incomplete':
    'Skattningen är inte klar: bara {basis} av {applicable} frågor har en nivå, så bilden är preliminär.',
  'brief.areasTitle': 'Läget per område',
  'brief.col.status': 'Läge',
  'brief.col.level': 'Nuläge (medel)',
  'brief.col.target': 'Målnivå',
  'brief.status.met': 'Når målet',
  'brief.status.below': 'Under målet',
  'brief.status.basics-missing': 'Grunderna saknas',
  'brief.status.not-assessed': 'Inte bedömt',
  'brief.risksTitle': 'De största riskerna',
  'brief.risksNone': 'Inget bedömt område ligger under sin målnivå.',
  'brief.risk.facts': 'nivå {now}, mål {target}',
  'brief.risk.law': '{count} lagkrav inte på plats',
  'brief.decisionsTitle': 'Ledningen ombeds besluta',
  'brief.decision.complete': 'att skattningen görs klar: {remaining} frågor saknar nivå',
  'brief.decision.adopt': 'att fastställa handlingsplanen med {items} åtgärder för {start} – {end}',
  'brief.decision.adopt.later':
    'att fastställa handlingsplanen med {items} åtgärder, varav {within} ska vara klara under planperioden {start} – {end} och {later} senare, de sista senast {last}',
  'brief.decision.cost': 'uppskattad kostnad {cost} ({costed} av {items} åtgärder har en uppskattning)',
  'brief.decision.kronor': '{value} kronor',
  'brief.decision.days': '{value} persondagar',
  'brief.decision.resources':
    'att avsätta tid och pengar för de {count} åtgärder med prioritet 1 som återstår',
  'brief.decision.resources.one': 'att avsätta tid och pengar för den åtgärd med prioritet 1 som återstår',
  'brief.decision.owners': 'att utse namngivna ansvariga för {count} åtgärder som bara har en roll',
  'brief.decision.owners.one': 'att utse en namngiven ansvarig för en åtgärd som bara har en roll',
  'brief.decision.follow-up': 'att följa upp planen i ledningens genomgång senast {date}',
  'brief.stepsTitle': 'Första stegen, efter datum',
  'brief.appendix': 'Bilaga: nuläge och målnivå per område',
  'brief.word': 'Spara som Word',
  'brief.wordSaving': 'Word-filen skapas …',
  'word.page': 'Sida {page} av {pages}',
} as const;
