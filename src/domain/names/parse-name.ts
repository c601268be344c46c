// Splits a person's name as written on a page into first name, last name, prefix and suffix.
// Capitalisation is kept exactly as written ("danah boyd", "McDonald", "DOE"): the parser never re-cases.
import {
  COMMA_ONLY_SUFFIXES, DOCTORATE_QUALIFIERS, DOTTED_ONLY_PREFIXES, NAME_PREFIXES, NAME_SUFFIXES, PRONOUN_WORDS,
  SURNAME_CONJUNCTIONS, SURNAME_PARTICLES,
} from './name-tables';

/**
 * A parsed name.
 * - `fullName`: the name in natural order (given names then surname), without prefix, suffix, nickname or noise.
 * - `firstName`: the first given name. `lastName`: the last surname with its particles ("van der Berg").
 * - Middle names are in neither: they are kept in `middleName` (and in `fullName`).
 * - A lone name is a first name ("Cher"), unless a prefix says it is a surname ("Dr. Smith").
 * - Several prefixes are joined with a space ("Prof. Dr."), several suffixes with ", " ("PhD, MBA").
 */
export interface ParsedName {
  fullName: string;
  firstName?: string;
  lastName?: string;
  prefix?: string;
  suffix?: string;
  middleName?: string;
  /** A nickname written in quotes or brackets inside the name: Robert "Bob" Smith. */
  nickname?: string;
}

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFE0E\uFE0F\u00AD]/g;
/** Separators after which a headline, a company or a call to action usually follows the name. */
const SEGMENT_BREAK = /\s*(?:\||[•·▪►✦★☆]|\s[-–—~:]\s|[–—]|\s\/\s|\s@\s?)\s*/u;
const DOUBLE_QUOTED = /\s*["“„«‹]([^"“”„«»‹›]{1,40})["”“»›]\s*/u;
const SINGLE_QUOTED = /(^|\s)['‘]([^'‘’]{1,30})['’](?=\s|$)/u;
const BRACKETED = /\s*[([{]([^()[\]{}]*)[)\]}]?\s*/u;
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const STOP_WORDS = new Set(['of', 'at', 'the', 'and', 'for', 'in', 'on', 'to', 'with', '&', 'bei', 'chez', 'en', 'na', 'bij']);
const GLUED_PREFIX = /^([\p{L}-]+\.)(\p{Lu}[\p{L}\p{M}'’.-]*)$/u;

function key(token: string): string {
  return token.toLowerCase().replace(/\./g, '').replace(/[’]/g, "'");
}

function isPrefix(token: string, afterDoctorate: boolean): boolean {
  const k = key(token);
  const dotted = token.includes('.');
  if (afterDoctorate && dotted && DOCTORATE_QUALIFIERS.has(k)) return true;
  if (DOTTED_ONLY_PREFIXES.has(k)) return dotted;
  return NAME_PREFIXES.has(k);
}

function isSuffix(token: string, afterComma: boolean): boolean {
  const k = key(token);
  if (NAME_SUFFIXES.has(k)) return true;
  if (!afterComma) return false;
  if (COMMA_ONLY_SUFFIXES.has(k)) return true;
  // Post-nominal credentials by shape: FACHE, MSc, DPhil, SHRM-CP, M.B.A.
  const bare = token.replace(/\./g, '');
  return bare.length >= 2 && bare.length <= 9 && /^[A-Z][A-Za-z]?[A-Z]{0,6}(?:-[A-Z]{2,4})?$/.test(bare)
    && (bare.match(/[A-Z]/g) ?? []).length >= 2;
}

function isCredentialPart(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => isSuffix(t, true));
}

function isKnownSuffixPart(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => NAME_SUFFIXES.has(key(t)) || COMMA_ONLY_SUFFIXES.has(key(t)));
}

function isParticle(token: string): boolean {
  return SURNAME_PARTICLES.has(key(token));
}

function isAllCaps(token: string): boolean {
  return /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token);
}

function looksLikeGivenNames(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  return tokens.length >= 1 && tokens.length <= 4
    && tokens.every((t) => NAME_WORD.test(t) && !STOP_WORDS.has(t.toLowerCase()));
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw || raw.startsWith('#') || raw.includes('@') || !/[\p{L}\p{N}]/u.test(raw)) continue;
    const glued = GLUED_PREFIX.exec(raw);
    if (glued && isPrefix(glued[1]!, false)) out.push(glued[1]!, glued[2]!);
    else out.push(raw);
  }
  return out;
}

/** Takes prefixes off the front of the tokens. Keeps them as the name if nothing else is left ("Sir"). */
function takePrefixes(tokens: string[]): { prefixes: string[]; rest: string[] } {
  const prefixes: string[] = [];
  let i = 0;
  while (i < tokens.length && isPrefix(tokens[i]!, prefixes.some((p) => /^dr/i.test(p)))) prefixes.push(tokens[i++]!);
  if (i >= tokens.length) return { prefixes: [], rest: tokens };
  return { prefixes, rest: tokens.slice(i) };
}

/** Takes suffixes off the end of the tokens, leaving at least one name token. */
function takeSuffixes(tokens: string[]): { suffixes: string[]; rest: string[] } {
  const rest = [...tokens];
  const suffixes: string[] = [];
  while (rest.length > 1 && isSuffix(rest[rest.length - 1]!.replace(/,$/, ''), false)) {
    suffixes.unshift(rest.pop()!.replace(/,$/, ''));
  }
  return { suffixes, rest };
}

/** Index where the surname starts: the last word plus the particles and conjunctions before it. */
function surnameStart(tokens: string[]): number {
  let start = tokens.length - 1;
  for (;;) {
    if (start - 1 >= 1 && isParticle(tokens[start - 1]!)) start -= 1;
    else if (start - 2 >= 1 && SURNAME_CONJUNCTIONS.has(tokens[start - 1]!)) start -= 2;
    else return start;
  }
}

interface Pieces { given: string[]; surname: string[] }

function splitNatural(tokens: string[]): Pieces {
  if (tokens.length === 0) return { given: [], surname: [] };
  // "DUPONT Jean", "VAN DER BERG Jan Piet": a leading surname written in capitals, as French and Asian lists do.
  let caps = 0;
  while (caps < tokens.length && isAllCaps(tokens[caps]!) && tokens[caps]!.replace(/\./g, '').length >= 2) caps++;
  const leadingSurname = tokens.slice(0, caps);
  if (caps >= 1 && caps < tokens.length && leadingSurname.some((t) => !isParticle(t) && t.length >= 3)
    && tokens.slice(caps).every((t) => !isAllCaps(t))) {
    return { given: tokens.slice(caps), surname: leadingSurname };
  }
  // "van der Berg" on its own: a surname with no given name.
  if (tokens.length >= 2 && tokens[0] === tokens[0]!.toLowerCase() && isParticle(tokens[0]!)) {
    return { given: [], surname: tokens };
  }
  if (tokens.length === 1) return { given: tokens, surname: [] };
  const start = surnameStart(tokens);
  return { given: tokens.slice(0, start), surname: tokens.slice(start) };
}

interface Extracted { text: string; nickname?: string; suffixes: string[] }

/** Pulls quoted nicknames and bracketed asides (pronouns, credentials, nicknames) out of the text. */
function extractAsides(input: string): Extracted {
  let text = input;
  let nickname: string | undefined;
  const suffixes: string[] = [];
  for (let guard = 0; guard < 10; guard++) {
    const dq = DOUBLE_QUOTED.exec(text);
    if (!dq) break;
    nickname ??= dq[1]!.trim();
    text = `${text.slice(0, dq.index)} ${text.slice(dq.index + dq[0].length)}`;
  }
  const sq = SINGLE_QUOTED.exec(text);
  if (sq) {
    nickname ??= sq[2]!.trim();
    text = `${text.slice(0, sq.index)}${sq[1]} ${text.slice(sq.index + sq[0].length)}`;
  }
  for (let guard = 0; guard < 10; guard++) {
    const br = BRACKETED.exec(text);
    if (!br) break;
    const inside = br[1]!.trim();
    const before = text.slice(0, br.index).trim();
    const after = text.slice(br.index + br[0].length).trim();
    const words = inside.toLowerCase().split(/[\s/,]+/).filter(Boolean);
    if (inside && isCredentialPart(inside.replace(/,/g, ' '))) {
      suffixes.push(...inside.split(/[\s,]+/).filter(Boolean));
    } else if (inside && !inside.includes('/') && !words.some((w) => PRONOUN_WORDS.has(w))
      && before && after && looksLikeGivenNames(inside) && inside.split(/\s+/).length <= 2) {
      nickname ??= inside;
    }
    text = `${before} ${after}`;
  }
  return { text, nickname, suffixes };
}

/** The part of the text that holds the name: the first segment before a pipe, bullet, dash or emoji. */
function nameSegment(input: string): string {
  const withBreaks = input.normalize('NFC').replace(INVISIBLE, '').replace(EMOJI, ' | ');
  for (const segment of withBreaks.split(SEGMENT_BREAK)) {
    if (/\p{L}/u.test(segment)) return segment.trim();
  }
  return '';
}

function build(given: string[], surname: string[], prefixes: string[], suffixes: string[], nickname?: string): ParsedName {
  const parsed: ParsedName = { fullName: [...given, ...surname].join(' ') };
  if (given.length > 0) parsed.firstName = given[0];
  if (given.length > 1) parsed.middleName = given.slice(1).join(' ');
  if (surname.length > 0) parsed.lastName = surname.join(' ');
  // "Dr. Smith": with a prefix, a lone name is the surname.
  if (prefixes.length > 0 && given.length === 1 && surname.length === 0) {
    delete parsed.firstName;
    parsed.lastName = given[0];
  }
  if (prefixes.length > 0) parsed.prefix = prefixes.join(' ');
  if (suffixes.length > 0) parsed.suffix = suffixes.join(', ');
  if (nickname) parsed.nickname = nickname;
  return parsed;
}

/** Parses a full name as people write it on profiles, signatures and lists. Never throws; junk gives `{ fullName: '' }`. */
export function parseName(full: string): ParsedName {
  if (typeof full !== 'string') return { fullName: '' };
  const { text, nickname, suffixes: bracketSuffixes } = extractAsides(full.slice(0, 500));
  const segment = nameSegment(text);
  const parts = segment.split(',').map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  if (parts.length === 0) return nickname ? { fullName: nickname, firstName: nickname } : { fullName: '' };

  const headTokens = tokenize(parts[0]!);
  const rest = parts.slice(1);
  const suffixes: string[] = [];
  let given: string[] = [];
  let surname: string[] = [];
  let prefixes: string[] = [];

  const headNoPrefix = takePrefixes(headTokens);
  const headCore = takeSuffixes(headNoPrefix.rest);
  const headNames = headCore.rest.filter((t) => !isParticle(t));
  const first = rest[0];
  const inverted = first !== undefined && !isKnownSuffixPart(first) && looksLikeGivenNames(first)
    && (headNames.length === 1 || (headNames.length === 2 && !isCredentialPart(first)))
    && headCore.rest.length <= 5 && headCore.rest.every((t) => NAME_WORD.test(t));

  if (inverted) {
    // "Doe, Jane", "DOE, Jane Marie", "van der Berg, Jan", "Doe, Dr. Jane".
    const givenPart = takePrefixes(tokenize(first!));
    prefixes = [...headNoPrefix.prefixes, ...givenPart.prefixes];
    given = givenPart.rest;
    surname = headCore.rest;
    suffixes.push(...headCore.suffixes);
    for (const part of rest.slice(1)) if (isCredentialPart(part)) suffixes.push(...part.split(/\s+/));
  } else {
    prefixes = headNoPrefix.prefixes;
    suffixes.push(...headCore.suffixes);
    // "Jane Doe, PhD, MBA": credentials after commas; anything else after a comma is a headline and is dropped.
    for (const part of rest) if (isCredentialPart(part)) suffixes.push(...part.split(/\s+/));
    ({ given, surname } = splitNatural(headCore.rest));
  }
  suffixes.push(...bracketSuffixes);
  return build(given, surname, prefixes, suffixes, nickname);
}

/** The name to greet someone by: their nickname, else their first name (skipping a lone initial), else undefined. */
export function displayFirstName(name: string | ParsedName): string | undefined {
  const parsed = typeof name === 'string' ? parseName(name) : name;
  if (parsed.nickname) return parsed.nickname;
  const first = parsed.firstName;
  if (first && /^\p{L}\.?$/u.test(first) && parsed.middleName) {
    const middleFirst = parsed.middleName.split(' ')[0]!;
    if (!/^\p{L}\.?$/u.test(middleFirst)) return middleFirst;
  }
  return first;
}
