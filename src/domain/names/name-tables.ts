// Word lists the name parser uses. Keys are lower-case with dots removed ("Ph.D." -> "phd", "Dipl.-Ing." -> "dipl-ing").

/** Honorifics and academic/professional titles written before a name. */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  // English
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'rev', 'reverend', 'lady', 'lord',
  // German / Austrian / Swiss
  'herr', 'frau', 'ing', 'mag', 'dipl-ing', 'dipl-kfm', 'dipl-kff', 'dipl-inf', 'dipl-oec', 'dr-ing', 'univ-prof', 'priv-doz',
  // French
  'mme', 'mlle', 'me',
  // Spanish / Portuguese / Italian
  'sr', 'sra', 'srta', 'dra', 'lic', 'lcdo', 'lcda', 'arq', 'dott', 'dottssa', 'avv', 'sig', 'sigra',
  // Dutch
  'ir', 'drs', 'ds',
]);

/** Prefixes that are also ordinary given names or words, so they count only when written with a dot ("Fr." not "Fr"). */
export const DOTTED_ONLY_PREFIXES: ReadonlySet<string> = new Set([
  'fr', 'gen', 'col', 'maj', 'capt', 'lt', 'sgt', 'hon', 'eng', 'me', 'sig', 'ds', 'ing', 'mag', 'lic', 'arq', 'ir',
]);

/** Qualifiers that only follow a doctorate ("Dr. med.", "Dr. rer. nat."). */
export const DOCTORATE_QUALIFIERS: ReadonlySet<string> = new Set([
  'med', 'rer', 'nat', 'pol', 'oec', 'phil', 'jur', 'habil', 'dent', 'vet', 'h c', 'hc', 'sc', 'techn', 'mult',
]);

/**
 * Generational and post-nominal suffixes recognised anywhere after the name, even without a comma
 * ("John Smith Jr.", "Jane Doe PhD"). Short all-capital credentials after a comma are recognised by shape instead.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'esquire',
  'phd', 'dphil', 'md', 'mba', 'emba', 'cpa', 'cfa', 'pmp', 'dds', 'dmd', 'dvm', 'jd', 'llm', 'msc', 'bsc', 'mph',
  'pharmd', 'psyd', 'edd', 'rn', 'cissp', 'cism', 'cisa', 'frcs', 'facp', 'cfp', 'sphr', 'phr', 'shrm-cp', 'shrm-scp',
  'acca', 'fca', 'csm', 'cspo', 'peng', 'mieee', 'smieee', 'leed', 'mcse', 'ccie',
]);

/** Suffixes that are also common words or name parts, so they count only after a comma ("Jane Doe, MA"). */
export const COMMA_ONLY_SUFFIXES: ReadonlySet<string> = new Set([
  'ma', 'ms', 'ba', 'bs', 'do', 'pa', 'np', 'pe', 'ap', 'v', 'obe', 'mbe', 'cbe', 'kbe', 'frs', 'qc', 'kc', 'mp',
]);

/**
 * Words that join the surname that follows them ("van der Berg", "de la Cruz", "bin Salman", "ter Horst").
 * "Mac" and "Mc" are not particles: they are part of the surname word itself.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'dem', 'de', 'la', 'las', 'los', 'le', 'les', 'del', 'della', 'delle', 'degli', 'dei',
  'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'zu', 'zum', 'zur', 'ter', 'ten', 'te', "'t", 'bin', 'binti', 'bint',
  'ibn', 'al', 'el', 'af', 'av', 'st', 'ste', 'san', 'santa', 'lo', 'ap',
]);

/** Conjunctions inside a compound Spanish/Catalan surname ("Ortega y Gasset", "Puig i Cadafalch"). */
export const SURNAME_CONJUNCTIONS: ReadonlySet<string> = new Set(['y', 'i', 'e']);

/** Pronoun markers people add in brackets after their name: "(she/her)", "(they/them)". */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set([
  'she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'theirs', 'xe', 'xem', 'ze', 'zir', 'any', 'all', 'pronouns',
  'sie', 'ihr', 'er', 'ihm', 'elle', 'il', 'iel', 'ella', 'él', 'elle/elle',
]);
