/** The action plan's goal for the year per area (MSB: the yearly goal each activity serves). */
export const planGoals = {
  'plan.goals.title': 'Mål för året per område',
  'plan.goals.summary': 'Mål för året per område ({reached} av {count} når målnivån)',
  'plan.goals.intro':
    'Den nivå varje område når när de åtgärder som är klara eller ska vara klara inom planens år ({start} – {end}) är gjorda. Ett områdes nivå är den lägsta nivån bland dess frågor, och ett steg räknas först när alla dess åtgärder är gjorda.',
  'plan.goals.target': '{area}: från nivå {from} till målnivå {target}',
  'plan.goals.partial': '{area}: från nivå {from} till nivå {to} (målnivå {target} senare)',
  'plan.goals.later':
    '{area}: kvar på nivå {from}, inget helt steg blir klart under året (målnivå {target} senare)',
  'plan.goals.met': '{area}: målnivå {target} är nådd',
  'plan.goals.missing.one': '(1 fråga utan nivå)',
  'plan.goals.missing.other': '({count} frågor utan nivå)',
  'plan.goals.unassessed': '{area}: inget mål, ingen fråga är besvarad med en nivå',
} as const;
