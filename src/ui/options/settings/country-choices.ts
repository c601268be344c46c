// Choices for the rep's own country: "From your browser (…)" first, then every country by its name in the UI language.
import { phoneCountries, resolveRepCountry } from '../../../domain/phones/phone-region';
import { browserLocales } from '../../../platform/locale';
import { t } from '../../shared/i18n';
import type { SelectOption } from '../shared/select-field';

export function countryChoices(): SelectOption[] {
  const locales = browserLocales();
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(locales.length ? locales : ['en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  const nameOf = (code: string): string => names?.of(code) ?? code;
  const fromBrowser = resolveRepCountry('', locales);
  const countries = phoneCountries().map((code) => ({ value: code, label: nameOf(code) }));
  countries.sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: '', label: t('opt_countryFromBrowser', fromBrowser ? nameOf(fromBrowser) : t('opt_countryUnknown')) }, ...countries];
}
