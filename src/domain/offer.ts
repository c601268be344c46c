// What the rep sells, from the first-run setup: the product or service, the problem it solves, two or three proof
// points, and the starter playbook the segments came from. Templates read it as {{offer.name}} … (template-fields.ts).
import type { Offer } from './messages/template-fields';

export interface OfferProfile {
  name: string;
  problem: string;
  /** Up to three, in the rep's order; blanks are dropped. */
  proofs: string[];
  /** The starter playbook chosen ('' until the rep chooses: the default one was seeded). */
  playbook: string;
}

export const OFFER_LIMITS = { name: 120, problem: 200, proof: 200, proofs: 3 } as const;

export function emptyOffer(): OfferProfile {
  return { name: '', problem: '', proofs: [], playbook: '' };
}

/** The offer as the rep typed it, tidied; throws a message the rep can act on when a value is too long. */
export function checkOffer(input: Partial<OfferProfile> | undefined, isPlaybook: (id: string) => boolean): OfferProfile {
  const line = (value: unknown) => String(value ?? '').replace(/\s+/g, ' ').trim();
  const offer: OfferProfile = {
    name: line(input?.name),
    problem: line(input?.problem),
    proofs: (Array.isArray(input?.proofs) ? input.proofs : []).map(line).filter(Boolean),
    playbook: line(input?.playbook),
  };
  if (offer.name.length > OFFER_LIMITS.name) throw new Error(`The product or service name must be at most ${OFFER_LIMITS.name} characters.`);
  if (offer.problem.length > OFFER_LIMITS.problem) throw new Error(`The problem it solves must be at most ${OFFER_LIMITS.problem} characters.`);
  if (offer.proofs.length > OFFER_LIMITS.proofs) throw new Error(`Give at most ${OFFER_LIMITS.proofs} proof points.`);
  if (offer.proofs.some((p) => p.length > OFFER_LIMITS.proof)) throw new Error(`Each proof point must be at most ${OFFER_LIMITS.proof} characters.`);
  if (offer.playbook && !isPlaybook(offer.playbook)) throw new Error(`There is no starter playbook "${offer.playbook}".`);
  return offer;
}

/** The offer fields templates read, the empty ones left out so templates fall back. */
export function templateOffer(profile: Pick<OfferProfile, 'name' | 'problem' | 'proofs'> | undefined): Offer {
  const offer: Offer = {};
  if (profile?.name) offer.name = profile.name;
  if (profile?.problem) offer.problem = profile.problem;
  const proofs = profile?.proofs?.filter((p) => p.trim()) ?? [];
  if (proofs.length) offer.proofs = proofs;
  return offer;
}
