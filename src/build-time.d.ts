declare module 'virtual:lis-questionnaire' {
  import type { Questionnaire } from './domain/questionnaire/schema';
  export const questionnaire: Questionnaire;
}

/** The app's version from package.json, written into exported files. */
declare const __APP_VERSION__: string;

/** The day the app was built (YYYY-MM-DD), shown on the "Om LIS-stegen" page. */
declare const __BUILD_DATE__: string;
