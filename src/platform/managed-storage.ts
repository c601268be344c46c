// The administrator's policy (storage.managed): the only place Segue reads it. Chrome fills it from enterprise
// policy (3rdparty → extensions → <id>); Firefox from a native manifest. Unset or unreadable means "no policy".
import { parseManagedPolicy, type ManagedPolicy } from '../domain/policy/managed-policy';
import { browser } from './browser';

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown = {};
  try {
    // Firefox rejects when no native manifest is installed for the add-on: that is simply no policy.
    raw = await browser.storage.managed.get(null);
  } catch {
    raw = {};
  }
  const { policy, issues } = parseManagedPolicy(raw);
  if (issues.length) console.warn(`Segue: the policy set by your administrator has values it ignores: ${issues.join('; ')}`);
  return policy;
}

/** Calls back whenever the administrator's policy changes; returns the function that stops listening. */
export function onManagedPolicyChanged(listener: () => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
