// What reads as a person's role on a team page, and the role a section heading gives the people under it
// ("Track Chairs" over two cards: each is a "Track Chair").
import { parseTitle } from '../../domain/titles/parse-title';
import { isSentence } from '../shared/text';

/** A role, not any text: the title parser finds a level in it, and it is not a sentence. */
export function readsAsRole(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 10 && !isSentence(text) && parseTitle(text).seniority !== 'unknown';
}

/**
 * Nouns that name one person's part in a committee, a board or a club ("Track Chair", "Program Committee Member",
 * "Student Volunteer"). The title parser gives a committee chair no level on purpose (it says nothing of seniority),
 * so these are recognised here, for headings over people only.
 */
const COMMITTEE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'chair', 'co-chair', 'cochair', 'vice-chair', 'chairperson', 'member', 'volunteer', 'organizer', 'organiser',
  'co-organizer', 'co-organiser', 'reviewer', 'coordinator', 'liaison', 'officer', 'delegate', 'mentor', 'ambassador',
  'representative', 'treasurer', 'secretary', 'editor', 'webmaster', 'trustee', 'fellow', 'scholar', 'steward',
]);

/** A role a heading may give the people under it: one the title parser reads, or a committee part ("Track Chair"). */
export function namesARole(text: string): boolean {
  if (readsAsRole(text)) return true;
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > 6 || isSentence(text)) return false;
  // "Web master" is the webmaster: the noun may be written in two words.
  return COMMITTEE_ROLE_NOUNS.has(words[words.length - 1]!) || COMMITTEE_ROLE_NOUNS.has(words.slice(-2).join(''));
}

/** "Chairs" → "Chair", "Secretaries" → "Secretary", "Coaches" → "Coach"; undefined when the word is not an English plural. */
function singularWord(word: string): string | undefined {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}${word.slice(-3, -2) === 'I' ? 'Y' : 'y'}`;
  if (/(?:ch|sh|ss|x)es$/i.test(word)) return word.slice(0, -2);
  if (/[^sui]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return undefined;
}

/**
 * The one person's role a plural heading names: "Track Chairs" → "Track Chair", "Program Committee Members" →
 * "Program Committee Member", "Members of the Board" → "Member of the Board", "Board of Directors" → "Director".
 * Undefined when the heading is not a plural of a role.
 */
export function singularRole(heading: string): string | undefined {
  const text = heading.replace(/\s*[:：]\s*$/, '').trim();
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(text);
  const candidates: string[] = [];
  if (of) {
    const head = of[1]!.split(/\s+/);
    const headLast = singularWord(head[head.length - 1]!);
    if (headLast) candidates.push([...head.slice(0, -1), headLast].join(' ') + text.slice(of[1]!.length));
    const tail = of[2]!.split(/\s+/);
    const tailLast = singularWord(tail[tail.length - 1]!);
    if (tailLast && tail.length === 1) candidates.push(tailLast);
  } else {
    const words = text.split(/\s+/);
    const last = singularWord(words[words.length - 1]!);
    if (last) candidates.push([...words.slice(0, -1), last].join(' '));
  }
  return candidates.find((role) => namesARole(role) && !MEMBERSHIP_ONLY.test(role));
}

/** "Members", "Former members", "Current Lab Members": who belongs, not what anyone does. */
const MEMBERSHIP_ONLY = /^(?:(?:former|current|past|active|new|our|other|core|team|lab|group)\s+)*members?$/i;

/** Headings that name a body of people ("Management Team", "Scientific Advisory Board", "Staff"), not a role. */
const BODY_OF_PEOPLE = /\b(?:team|teams|staff|management|board|committee|council|group|faculty|office|leadership|vorstand|bestuur|styrelse|direction|directorate|secretariat)$/i;

/**
 * The role a section heading gives each person under it who shows no role of their own: its singular when it names
 * several ("Track Chairs"), itself when it names one ("Proceedings Chair"); never a body of people.
 */
export function roleOfHeading(heading: string): string | undefined {
  const text = heading.replace(/\s*[:：]\s*$/, '').trim();
  const singular = singularRole(text);
  if (singular) return singular;
  return namesARole(text) && !BODY_OF_PEOPLE.test(text) && !MEMBERSHIP_ONLY.test(text) ? text : undefined;
}

/**
 * A caption that is a sentence rather than a title: a bio line of many words ("Oversees daily operations and
 * coordinates volunteers across three regional offices") with no role the title parser knows, or any sentence. A
 * headline with separators ("Founder of X | Former scientist at Y") is not one.
 */
export function readsAsBio(text: string): boolean {
  if (isSentence(text)) return true;
  const words = text.split(/\s+/).length;
  if (words <= 8 || /\s[|•·]\s/.test(text)) return false;
  return words > 14 || parseTitle(text).seniority === 'unknown';
}
