// Whether a group of cards found only by its structure is people at all. Feature grids ("Shuttle Transfers",
// "Deep Expertise"), sidebar widgets ("Recent Posts", "Popular Categories"), cookie settings and statistics
// ("Success Rate / 95%") repeat like team cards and their headings read like names. Real team cards show at
// least one sign of a person: a role, a way to reach them (email, phone, a profile link), or their portrait.
import type { PartialPerson } from '../../domain/extraction';
import { queryAll } from '../shared/dom';

/** Links only a person's card carries. */
const PERSON_LINK_SELECTOR = [
  'a[href^="mailto:"]', 'a[href^="tel:"]', 'a[href*="linkedin.com/in/"]', 'a[href*="orcid.org/"]', 'a[href*="scholar.google."]',
  'a[href*="researchgate.net/profile/"]', 'a[href*="twitter.com/"]', 'a[href*="//x.com/"]', 'a[href*="github.com/"]',
].join(', ');

/** How an image says it is someone's photo (its file, class or alt text), in the languages team pages are written in. */
const PORTRAIT = /portrait|headshot|head-shot|avatar|profile|team|people|staff|member|person|mitarbeiter|equipe|equipo|medewerker|foto-?perfil/i;

/** How an image says it is a logo (of a client, partner or sponsor), not a photo of someone. */
const LOGO = /logo|brand|client|partner|sponsor|icon/i;

/**
 * Share of a structurally found group that must show a sign of a person, on a page whose address does not say it is
 * a team page. Where it does (/team, /people, /equipo…), the address is the sign: lab and association pages often
 * list names alone.
 */
const EVIDENCE_SHARE = 1 / 2;

/** A sign on this card that it is a person's: a role, contact details or a profile link, or a portrait. */
export function cardShowsAPerson(card: Element, person: PartialPerson, readsAsRole: (text: string) => boolean): boolean {
  if (person.title && readsAsRole(person.title)) return true;
  if (person.emails?.length || person.phones?.length || Object.keys(person.profiles ?? {}).length) return true;
  if (queryAll(card, PERSON_LINK_SELECTOR, 1).length) return true;
  // Not an image whose alt text repeats the card's heading: product photos and clients' logos have one too.
  return queryAll(card, 'img', 4).some((img) => {
    const described = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`;
    return PORTRAIT.test(described) && !LOGO.test(described);
  });
}

/** Whether enough of a structurally found group shows a sign of a person (see EVIDENCE_SHARE). */
export function groupShowsPeople(shown: readonly boolean[], teamAddress: boolean): boolean {
  if (teamAddress) return true;
  return shown.length > 0 && shown.filter(Boolean).length / shown.length >= EVIDENCE_SHARE;
}
