declare module 'virtual:lis-questionnaire' {
  import type { Questionnaire } from './domain/questionnaire/schema';
  export const questionnaire: Questionnaire;
}

/** The app's version from package.json, written into exported files. */
declare const __APP_VERSION__: string;
