export const brief = {
  'report.fig.answered': 'Questions answered (don’t know {unknown}, not applicable {na})',
  'counts.answered': '{answered} of {total} questions answered',
  'counts.beside': 'of which don’t know {unknown} and not applicable {na}',
  'counts.reasonMissing': '{count} not applicable without a reason are not counted as answered.',
  'counts.restOn': 'The figures rest on the {basis} of {applicable} questions that have a level.',
  'incomplete.title': 'Incomplete assessment',
  'incomplete.text':
    'Only {basis} of {applicable} questions ({percent} %) have a level. The figures rest on those alone and may change a lot when the rest are answered.',
  'incomplete.rule':
    'An assessment counts as complete when at least {threshold} % of the applicable questions have a level.',
  'incomplete.print': 'Incomplete assessment: rests on {basis} of {applicable} questions',
  'legal.counts': 'not in place {notInPlace} · not assessed {notAssessed} · in place {inPlace} of {total}',
  'legal.countsLabel': 'Requirements of the Cybersecurity Act',
  'legal.unknownShare': 'Of those not assessed, {unknown} are answered don’t know.',
  'legal.notApplicable': '{count} legal requirements are marked not applicable and are not counted.',
  'legal.notAssessedTitle': 'Requirements of the Cybersecurity Act not assessed',
  'legal.notAssessedIntro':
    'These questions have no level (not answered or don’t know). They are not counted as gaps, but nobody knows yet whether the requirements are met.',
  'brief.verdictTitle': 'Verdict',
  'brief.verdict.none': 'No question has a level yet, so nothing can be said about the situation.',
  'brief.verdict.basics-law.one':
    'The basics are missing in one area where the Cybersecurity Act makes demands: {areas}.',
  'brief.verdict.basics-law.many':
    'The basics are missing in {count} areas where the Cybersecurity Act makes demands: {areas}.',
  'brief.verdict.basics-law.count':
    'In {count} of {assessed} assessed areas the basics are missing, although the Cybersecurity Act makes demands there. The table shows which.',
  'brief.verdict.basics-law.countOf':
    'The basics are missing in {basics} of {assessed} assessed areas. In {count} of them the Cybersecurity Act makes demands. The table shows which.',
  'brief.verdict.basics.count':
    'The basics are missing in {count} of {assessed} assessed areas. The table shows which.',
  'brief.verdict.basics.one': 'The basics are missing in one area: {areas}.',
  'brief.verdict.basics.many': 'The basics are missing in {count} areas: {areas}.',
  'brief.verdict.below':
    '{below} of {assessed} assessed areas are below their target. The largest gap is in {area}.',
  'brief.verdict.met': 'All {assessed} assessed areas reach their target.',
  'brief.law.open': 'Of {total} requirements of the Cybersecurity Act, {notInPlace} are not in place.',
  'brief.law.openUnknown':
    'Of {total} requirements of the Cybersecurity Act, {notInPlace} are not in place and {notAssessed} are not assessed.',
  'brief.law.unknown':
    'None of the assessed requirements of the Cybersecurity Act is missing, but {notAssessed} of {total} are not assessed.',
  'brief.law.ok': 'All {total} requirements of the Cybersecurity Act that the questions cover are in place.',
  'brief.incomplete':
    'The assessment is not finished: only {basis} of {applicable} questions have a level, so the picture is provisional.',
  'brief.areasTitle': 'Status by area',
  'brief.col.status': 'Status',
  'brief.col.level': 'Current (mean)',
  'brief.col.target': 'Target level',
  'brief.status.met': 'Target met',
  'brief.status.below': 'Below target',
  'brief.status.basics-missing': 'Basics missing',
  'brief.status.not-assessed': 'Not assessed',
  'brief.risksTitle': 'The largest risks',
  'brief.risksNone': 'No assessed area is below its target.',
  'brief.risk.facts': 'level {now}, target {target}',
  'brief.risk.law': '{count} legal requirements not in place',
  'brief.decisionsTitle': 'Management is asked to decide',
  'brief.decision.complete': 'that the assessment is finished: {remaining} questions have no level',
  'brief.decision.adopt': 'to adopt the action plan with {items} actions for {start} – {end}',
  'brief.decision.adopt.later':
    'to adopt the action plan with {items} actions, {within} of them due within the plan period {start} – {end} and {later} later, the last by {last}',
  'brief.decision.cost': 'estimated cost {cost} ({costed} of {items} actions have an estimate)',
  'brief.decision.kronor': '{value} kronor',
  'brief.decision.days': '{value} person-days',
  'brief.decision.resources': 'to set aside time and money for the {count} priority 1 actions still to do',
  'brief.decision.resources.one': 'to set aside time and money for the priority 1 action still to do',
  'brief.decision.owners': 'to name a person responsible for {count} actions that only have a role',
  'brief.decision.owners.one': 'to name a person responsible for one action that only has a role',
  'brief.decision.follow-up': 'to follow up the plan in a management review by {date}',
  'brief.stepsTitle': 'First steps, by date',
  'brief.appendix': 'Appendix: current level and target by area',
  'brief.word': 'Save as Word',
  'brief.wordSaving': 'Creating the Word file …',
  'word.page': 'Page {page} of {pages}',
} as const;
