import type { Language } from '../i18n/language';

/**
 * The chosen language, copied where public/shell-route.js can read it synchronously (the stored
 * setting is in IndexedDB, which it cannot wait for), so an English user's start page shell is in
 * English from the first paint. The setting stays the truth; boot copies it here on every start.
 */
export const SHELL_LANGUAGE_KEY = 'lis-stegen.language';

export function rememberShellLanguage(language: Language): void {
  try {
    localStorage.setItem(SHELL_LANGUAGE_KEY, language);
  } catch {
    // Storage switched off: the shell stays Swedish until the app starts, nothing else changes.
  }
}
