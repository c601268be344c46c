// Stand-in for libphonenumber-js/min in the capture bundle (see libraries.ts): its metadata is loaded only when a
// page has a number to read.
import type { getCountries as realGetCountries, parsePhoneNumberFromString as realParse } from 'libphonenumber-js/min';
import { library } from './libraries';

export type { CountryCode } from 'libphonenumber-js/min';

interface Phones { parsePhoneNumberFromString: typeof realParse; getCountries: typeof realGetCountries }

export const parsePhoneNumberFromString: typeof realParse = (...args: Parameters<typeof realParse>) =>
  // Without the library this pass's answer is thrown away and the capture runs again with it.
  library<Phones>('phones')?.parsePhoneNumberFromString(...args);

export const getCountries: typeof realGetCountries = () => library<Phones>('phones')?.getCountries() ?? [];
