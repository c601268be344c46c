// The browser's language preferences, for settings that default from the locale (the rep's country).
import { browser } from './browser';

export function browserLocales(): string[] {
  const fromNavigator = typeof navigator !== 'undefined' ? [...(navigator.languages ?? []), navigator.language] : [];
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  return [...new Set([...fromNavigator, ...(ui ? [ui] : [])].filter((locale): locale is string => Boolean(locale)))];
}
