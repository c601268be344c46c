// The first-run setup (part of the one protocol map, see protocol.ts): who the rep is, what they sell, the playbook.
import type { SenderProfile } from '../db/settings-repo';
import type { OfferProfile } from '../domain/offer';

export interface OnboardingProtocol {
  /**
   * Save the setup: the sender details and the offer. Choosing a playbook other than the current one replaces the
   * segments with that playbook's (and matches every prospect again); `segmentsReplaced` says how many were written.
   */
  'onboarding.save': {
    request: { sender: SenderProfile; offer: OfferProfile };
    response: { sender: SenderProfile; offer: OfferProfile; segmentsReplaced: number; rematched: number };
  };
}
