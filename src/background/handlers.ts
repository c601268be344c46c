// The background's answer to each message of the protocol. Thin: the work lives in db and domain.
import type { Handlers } from '../messaging/router';
import { browser } from '../platform/browser';
import { database, prospectsRepo } from '../db/default-database';
import { insertMessage } from './compose';
import { recordMessageUse } from './messages-used';
import { discardCall, refreshBadge, saveCall, startCall, updateCall } from './calls';
import { handoffHandlers } from './handoff-handlers';
import { captureTab } from './capture';
import { captureFromPage } from './page-capture';
import { saveProspect } from './prospect-service';
import { dashboardHandlers } from './dashboard-handlers';
import { notesHandlers } from './notes-handlers';
import { companyHandlers } from './company-handlers';
import { packsHandlers } from './packs-handlers';
import { onboardingHandlers } from './onboarding-handlers';

export function handlers(startedAt: number): Handlers {
  return {
    ...dashboardHandlers(),
    ...notesHandlers(),
    ...companyHandlers(),
    ...handoffHandlers({ db: database, now: Date.now, refreshBadge: () => refreshBadge() }),
    ...packsHandlers(),
    ...onboardingHandlers(),
    'capture.extract': async ({ tabId }) => {
      if (!Number.isInteger(tabId)) throw new TypeError('capture.extract needs a tab id.');
      const tab = await browser.tabs.get(tabId);
      return captureTab(tabId, tab.url ?? '');
    },
    'capture.fromPage': (_request, sender) => captureFromPage(sender),
    'prospects.save': ({ draft, decision }) => saveProspect(draft, decision),
    'prospects.setStage': async ({ id, stage }) => ({ prospect: await prospectsRepo().updateStage(id, stage) }),
    'messages.copied': (request) => recordMessageUse(database(), request),
    'compose.insert': ({ tabId, subject, body }) => insertMessage(tabId, subject, body),
    'call.start': (request) => startCall(request),
    'call.update': (request) => updateCall(request),
    'call.save': () => saveCall(),
    'call.discard': async () => { await discardCall(); return { discarded: true }; },
    'system.ping': () => ({ startedAt }),
    'team.mirrored': async () => { await refreshBadge(); return { ok: true as const }; },
  };
}
