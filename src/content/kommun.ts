// The question bank in questionnaires/kommun, read, validated and turned into JSON at build time
// (scripts/questionnaire-plugin.ts): the build fails on a broken questionnaire.
export { questionnaire } from 'virtual:lis-questionnaire';
