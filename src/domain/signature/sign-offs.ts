// Closing phrases per language: the one table the signature parser reads sign-offs from. A line made only of one of
// these (plus punctuation, or followed by ", Name") starts the signature; the language it belongs to is a hint for
// the country of national phone numbers.

export type SignOffLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it' | 'da' | 'no' | 'sv' | 'pl' | 'fi' | 'ru' | 'ro' | 'hu' | 'cs' | 'el';

export const SIGN_OFFS_BY_LANGUAGE: Record<SignOffLanguage, string[]> = {
  en: [
    'best', 'best regards', 'best wishes', 'kind regards', 'kindest regards', 'regards', 'warm regards', 'warmest regards',
    'warm wishes', 'many thanks', 'thanks', 'thanks again', 'thanks so much', 'thanks a lot', 'thank you', 'thank you so much',
    'thank you again', 'thx', 'thanx', 'cheers', 'sincerely', 'sincerely yours', 'yours sincerely', 'yours truly', 'yours faithfully',
    'all the best', 'all best', 'talk soon', 'speak soon', 'take care', 'with thanks', 'with best regards', 'respectfully',
    'best wishes', 'thanks & regards', 'thanks and regards', 'regards and thanks', 'many thanks and best regards',
    'thanks in advance', 'thank you in advance', 'thanks much', 'rgds', 'kind rgds', 'br', 'brgds', 'kr', 'warmly', 'yours',
    'greetings', 'kind greetings', 'many greetings', 'best greetings', 'cordially', 'have a nice day', 'have a great day',
    'have a good day', 'have a nice weekend', 'have a great weekend', 'love',
  ],
  de: [
    'viele grüße', 'viele grüsse', 'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße',
    'freundliche grüsse', 'beste grüße', 'beste grüsse', 'liebe grüße', 'liebe grüsse', 'herzliche grüße', 'herzliche grüsse',
    'schöne grüße', 'schöne grüsse', 'mfg', 'lg', 'vg', 'gruß', 'gruss', 'grüße', 'grüsse', 'danke', 'vielen dank',
    'besten dank', 'mit besten grüßen', 'mit besten grüssen', 'mit freundlichem gruß', 'mit freundlichem gruss',
    'grüßle', 'grüssle', 'herzlichen gruß', 'herzlichen gruss', 'herzliche grüße aus', 'bis bald', 'tschüss',
    'herzlichst', 'servus', 'ciao', 'tschüs', 'bg', 'besten gruß', 'besten gruss', 'schönen gruß', 'schönen gruss',
    'schönen tag noch', 'danke im voraus', 'vielen dank im voraus',
  ],
  fr: [
    'cordialement', 'bien cordialement', 'très cordialement', 'bien à vous', 'salutations', 'sincères salutations',
    'meilleures salutations', 'bonne journée', 'merci', 'merci beaucoup', 'amicalement', 'bien amicalement', 'à bientôt',
    'cdt', 'bonne soirée', 'belle journée', 'au revoir', 'bises', 'bien à toi', 'salutations distinguées',
    "merci d'avance", 'merci d’avance', 'amitiés', 'à plus', 'a+', 'bonne continuation', 'grosses bises', 'bonne fin de journée',
    'bon week-end', 'belle soirée', 'cordialement vôtre',
  ],
  es: [
    'saludos', 'un saludo', 'atentamente', 'saludos cordiales', 'un cordial saludo', 'cordiales saludos', 'gracias',
    'muchas gracias', 'un abrazo', 'abrazos', 'quedo atento', 'quedo atenta', 'quedo a la espera', 'reciba un cordial saludo',
    'salud', 'hasta pronto', 'adiós', 'adios', 'saludos cordiales y gracias', 'un saludo cordial', 'gracias de antemano',
    'muchas gracias de antemano', 'atte', 'slds', 'besos', 'un beso', 'un fuerte abrazo', 'cordialmente', 'reciba un saludo',
    'quedo a su disposición', 'quedamos a su disposición', 'buen día', 'que tengas un buen día',
  ],
  pt: [
    'atenciosamente', 'cumprimentos', 'melhores cumprimentos', 'com os melhores cumprimentos', 'abraço', 'abraços',
    'um abraço', 'obrigado', 'obrigada', 'muito obrigado', 'muito obrigada', 'att', 'att.', 'grato', 'grata',
    'saudações', 'beijos', 'cordialmente', 'adeus', 'até logo', 'até breve', 'abs', 'bjs', 'beijo', 'forte abraço',
    'grande abraço', 'obrigado pela atenção', 'obrigada pela atenção', 'fico no aguardo', 'saudações cordiais',
    'cordiais cumprimentos',
  ],
  nl: [
    'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'vriendelijke groeten', 'groeten',
    'groet', 'met hartelijke groet', 'hartelijke groet', 'hartelijke groeten', 'mvg', 'bedankt', 'dank je wel',
    'dank u wel', 'alvast bedankt', 'met groet', 'groetjes', 'gr', 'hgr', 'met hartelijke groeten', 'vriendelijke groetjes',
    'hartelijk dank', 'bij voorbaat dank', 'veel groeten', 'fijne dag', 'dank', 'dank je', 'dank u',
  ],
  it: [
    'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'grazie', 'grazie mille', 'a presto', 'buona giornata',
    'un caro saluto', 'cari saluti', 'un abbraccio', 'ciao', 'buona serata', 'cordialmente', 'grazie e saluti',
    'grazie e cordiali saluti', 'saluti cordiali', 'un cordiale saluto', 'buon lavoro', 'grazie ancora',
  ],
  da: [
    'med venlig hilsen', 'venlig hilsen', 'vh', 'mvh', 'hilsen', 'kh', 'kærlig hilsen', 'de bedste hilsner', 'bedste hilsner', 'tak',
    'venlige hilsner', 'mange hilsner', 'hilsner', 'på forhånd tak', 'god dag',
  ],
  no: ['med vennlig hilsen', 'vennlig hilsen', 'mvh', 'hilsen', 'beste hilsen', 'takk', 'beste hilsener', 'hilsner', 'ha en fin dag', 'på forhånd takk'],
  sv: [
    'med vänlig hälsning', 'med vänliga hälsningar', 'vänliga hälsningar', 'vänlig hälsning', 'mvh', 'hälsningar',
    'bästa hälsningar', 'tack', 'ha det bra', 'allt gott', 'kram', 'kramar', 'tack på förhand', 'ha en bra dag', 'ha en fin dag',
    'hälsning', 'trevlig helg',
  ],
  pl: ['pozdrawiam', 'z poważaniem', 'z powazaniem', 'serdecznie pozdrawiam', 'pozdrowienia', 'dziękuję', 'dzięki', 'do widzenia', 'do zobaczenia'],
  fi: ['ystävällisin terveisin', 'terveisin', 'kiitos', 'hyvästi', 'parhain terveisin', 'näkemiin'],
  ru: ['с уважением', 'спасибо', 'всего доброго', 'всего хорошего', 'до свидания'],
  ro: ['cu stimă', 'cu stima', 'cu respect', 'mulțumesc', 'multumesc', 'toate cele bune', 'o zi bună', 'o zi buna'],
  hu: ['üdvözlettel', 'tisztelettel', 'köszönöm', 'köszönettel', 'üdv'],
  cs: ['s pozdravem', 's přáním hezkého dne', 'děkuji', 'díky'],
  el: ['με εκτίμηση', 'ευχαριστώ', 'φιλικά', 'με φιλικούς χαιρετισμούς'],
};

export const SIGN_OFFS: string[] = [...new Set(Object.values(SIGN_OFFS_BY_LANGUAGE).flat())];

const LANGUAGE_OF = new Map<string, SignOffLanguage>();
for (const [language, phrases] of Object.entries(SIGN_OFFS_BY_LANGUAGE) as Array<[SignOffLanguage, string[]]>) {
  // A phrase several languages share ("mvh": Danish, Norwegian, Swedish) says nothing about the country.
  for (const phrase of phrases) LANGUAGE_OF.set(phrase, LANGUAGE_OF.has(phrase) ? ('shared' as SignOffLanguage) : language);
}

/** Lower-case, single spaces, no trailing punctuation: the form the table is written in. */
export function signOffKey(text: string): string {
  return text.replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').trim().toLowerCase().replace(/[,!.:;]+$/, '').replace(/\s+/g, ' ').trim();
}

/** The sign-off's language, or undefined when it is not a sign-off or several languages use it. */
export function signOffLanguage(phrase: string): SignOffLanguage | undefined {
  const language = LANGUAGE_OF.get(signOffKey(phrase));
  return language === ('shared' as SignOffLanguage) ? undefined : language;
}

/** "Danke und Gruß", "Thanks & best regards": two closing phrases joined by "and" in one of these languages. */
const JOINING_WORDS = ['and', '&', '\\+', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'i', 'и'];
/** "Grüße aus Köln", "Saludos desde Sevilla", "Greetings from Oslo": a closing phrase sent from a place. */
const FROM_PLACE_WORDS = ['from', 'aus', 'von', 'de', 'desde', 'da', 'uit', 'fra', 'från', 'z', 'из'];
const JOINED = new RegExp(`\\s+(?:${JOINING_WORDS.join('|')})\\s+`, 'u');
const FROM_PLACE = new RegExp(`^(.+?)\\s+(?:${FROM_PLACE_WORDS.join('|')})\\s+\\p{L}[\\p{L} .'’-]{1,30}$`, 'u');

/** "Best regards,", and bilingual lines such as "Best regards / Mit freundlichen Grüßen" or "Merci | Thanks". */
export function isSignOff(text: string): boolean {
  const key = signOffKey(text);
  if (LANGUAGE_OF.has(key)) return true;
  const parts = key.split(/\s*[/|]\s*|\s+[-–—]\s+/).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => LANGUAGE_OF.has(signOffKey(part)))) return true;
  const joined = key.split(JOINED).filter(Boolean);
  if (joined.length > 1 && joined.every((part) => LANGUAGE_OF.has(part))) return true;
  const fromPlace = FROM_PLACE.exec(key);
  return Boolean(fromPlace && LANGUAGE_OF.has(fromPlace[1]!));
}

/** The language a sign-off line points to (the first part of a bilingual line that names one). */
export function languageOfSignOffLine(text: string): SignOffLanguage | undefined {
  const key = signOffKey(text);
  if (LANGUAGE_OF.has(key)) return signOffLanguage(key);
  for (const part of key.split(/\s*[/|]\s*|\s+[-–—]\s+/)) {
    const language = signOffLanguage(part);
    if (language && language !== 'en') return language;
  }
  return undefined;
}

/** Country for national phone numbers written under a sign-off in this language (English says nothing). */
export const SIGN_OFF_COUNTRY: Partial<Record<SignOffLanguage, string>> = {
  de: 'DE', fr: 'FR', es: 'ES', pt: 'PT', nl: 'NL', it: 'IT', da: 'DK', no: 'NO', sv: 'SE', pl: 'PL', fi: 'FI', ru: 'RU',
  ro: 'RO', hu: 'HU', cs: 'CZ', el: 'GR',
};
