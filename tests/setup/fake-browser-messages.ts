import { resolve } from 'node:path';
import { mergeLocale } from '../../src/locales/merge-locales';

export const messages = mergeLocale(resolve(import.meta.dirname, '../../src/locales/en'));
