import type { planGoals as sv } from '../sv/plan-goals';

/** The action plan's goal for the year per area. */
export const planGoals = {
  'plan.goals.title': 'Goals for the year per area',
  'plan.goals.summary': 'Goals for the year per area ({reached} of {count} reach the target level)',
  'plan.goals.intro':
    'The level each area reaches once the actions done or due within the plan’s year ({start} – {end}) are done. An area’s level is the lowest level among its questions, and a step counts only when all of its actions are done.',
  'plan.goals.target': '{area}: from level {from} to target level {target}',
  'plan.goals.partial': '{area}: from level {from} to level {to} (target level {target} later)',
  'plan.goals.later':
    '{area}: stays at level {from}, no whole step is done within the year (target level {target} later)',
  'plan.goals.met': '{area}: target level {target} is reached',
  'plan.goals.missing.one': '(1 question without a level)',
  'plan.goals.missing.other': '({count} questions without a level)',
  'plan.goals.unassessed': '{area}: no goal, no question is answered with a level',
} satisfies Record<keyof typeof sv, string>;
