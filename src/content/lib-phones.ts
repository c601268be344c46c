// Injected on pages with a phone number to read (see on-demand/libraries.ts).
import { getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { registerLibrary } from './on-demand/libraries';

registerLibrary('phones', { parsePhoneNumberFromString, getCountries });
