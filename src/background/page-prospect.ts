// The prospect the page in a tab identifies, for the shortcut and the tel: menu (domain/page-identity.ts): a
// profile by its address, a mail page by the sender of the open message as its capture found it, any other page
// only when it was captured as one person's page.
import type { ProspectRecord } from '../db/database';
import { prospectsRepo } from '../db/default-database';
import { openMessageSender } from '../platform/open-message';

export async function prospectForTab(tab: { id?: number; url?: string } | undefined): Promise<ProspectRecord | undefined> {
  if (!tab?.url) return undefined;
  const sender = await openMessageSender(tab.id, tab.url);
  return prospectsRepo().findByUrl(tab.url, sender ? { sender } : {});
}
