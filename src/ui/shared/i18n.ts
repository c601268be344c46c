// All UI text comes from _locales/<lang>/messages.json through the browser's i18n API, so Segue can be translated.
import { t as platformT, uiLanguage } from '../../platform/browser';

export function t(key: string, ...substitutions: Array<string | number>): string {
  return platformT(key, substitutions.map(String));
}

let rules: { language: string; plural: Intl.PluralRules; number: Intl.NumberFormat } | undefined;

function forLanguage(): NonNullable<typeof rules> {
  const language = uiLanguage();
  if (rules?.language !== language) {
    rules = { language, plural: new Intl.PluralRules(language), number: new Intl.NumberFormat(language) };
  }
  return rules;
}

/**
 * Text with a count in it ("1 row ready", "2 rows ready"): the message `<key>_<plural category>` of the UI language
 * (Intl.PluralRules: one, few, many, other…), falling back to `<key>_other`. The count, formatted, is $1; further
 * substitutions are $2, $3…
 */
export function tn(key: string, count: number, ...substitutions: Array<string | number>): string {
  const { plural, number } = forLanguage();
  const subs = [number.format(count), ...substitutions.map(String)];
  const exact = platformT(`${key}_${plural.select(count)}`, subs);
  return exact === `${key}_${plural.select(count)}` ? platformT(`${key}_other`, subs) : exact;
}
