// The background's answer to the first-run setup (protocol-onboarding.ts): sender details and offer saved with the
// same checks as Settings; a different starter playbook replaces the segments and matches every prospect again.
import type { SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { SegmentsRepo } from '../db/segments-repo';
import { SettingsRepo } from '../db/settings-repo';
import { checkOffer } from '../domain/offer';
import { DEFAULT_PLAYBOOK, isPlaybook, starterSegments } from '../domain/segments/starter-segments';
import type { Handlers } from '../messaging/router';
import type { OnboardingProtocol } from '../messaging/protocol-onboarding';
import { checkSender, rematchAllProspects } from './dashboard-handlers';

export function onboardingHandlers(db: () => SegueDatabase = database): Pick<Handlers, keyof OnboardingProtocol> {
  return {
    'onboarding.save': async ({ sender, offer }) => {
      const cleanSender = checkSender(sender);
      const cleanOffer = checkOffer(offer, isPlaybook);
      const settings = new SettingsRepo(db());
      const before = (await settings.get('offer')).playbook || DEFAULT_PLAYBOOK;
      await settings.set('sender', cleanSender);
      await settings.set('offer', cleanOffer);
      if (cleanSender.name) await settings.patch('onboarding', { sendersSet: true });
      if (!cleanOffer.playbook || cleanOffer.playbook === before) return { sender: cleanSender, offer: cleanOffer, segmentsReplaced: 0, rematched: 0 };
      const written = await new SegmentsRepo(db()).resetToStarterSet(starterSegments(cleanOffer.playbook));
      return { sender: cleanSender, offer: cleanOffer, segmentsReplaced: written.length, rematched: await rematchAllProspects(db()) };
    },
  };
}
