// All UI text comes from _locales/<lang>/messages.json through the browser's i18n API, so Segue can be translated.
import { t as platformT } from '../../platform/browser';

export function t(key: string, ...substitutions: Array<string | number>): string {
  return platformT(key, substitutions.map(String));
}
