// What the background knows about the rep for reading a capture: their default country (the setting, else the
// browser's locale; the administrator's policy first) for national phone numbers, and their own name, which is never the prospect's.
import { settingsRepo } from '../db/default-database';
import type { ExtractionResult } from '../domain/extraction';
import { regionalizePhones, resolveRepCountry } from '../domain/phones/phone-region';
import { withManagedSender } from '../domain/policy/managed-policy';
import { browserLocales } from '../platform/locale';
import { readManagedPolicy } from '../platform/managed-storage';

export interface RepContext {
  country?: string;
  ownNames: string[];
}

export async function repContext(): Promise<RepContext> {
  // The administrator's policy, when there is one, overrides the rep's own country and name.
  const { sender } = withManagedSender(await settingsRepo().get('sender'), await readManagedPolicy());
  const country = resolveRepCountry(sender.country, browserLocales());
  return { ...(country ? { country } : {}), ownNames: sender.name.trim() ? [sender.name.trim()] : [] };
}

/** The page's own hints came first (in the capture script); numbers still written nationally get the rep's country. */
export function withRepCountry(result: ExtractionResult, country: string | undefined): ExtractionResult {
  if (!result.ok || !country) return result;
  return {
    ...result,
    people: result.people.map((draft) => ({ ...draft, fields: { ...draft.fields, phones: regionalizePhones(draft.fields.phones, country) } })),
  };
}
