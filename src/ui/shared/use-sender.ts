// The rep's sender details as the pages show and use them: their own settings with the administrator's policy over
// them, live (a settings change or a policy change re-renders).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { settingsRepo } from '../../db/default-database';
import type { SenderProfile } from '../../db/settings-repo';
import type { Sender } from '../../domain/messages/template-fields';
import { templateOffer, type OfferProfile } from '../../domain/offer';
import { withManagedOffer, withManagedSender, type ManagedOffer, type ManagedPolicy } from '../../domain/policy/managed-policy';
import { onManagedPolicyChanged, readManagedPolicy } from '../../platform/managed-storage';
import { useLiveQuery } from './use-live-query';

export function useManagedPolicy(): ManagedPolicy | undefined {
  const [policy, setPolicy] = useState<ManagedPolicy | undefined>();
  useEffect(() => {
    let current = true;
    const load = () => void readManagedPolicy().then((p) => { if (current) setPolicy(p); });
    load();
    const stop = onManagedPolicyChanged(load);
    return () => { current = false; stop(); };
  }, []);
  return policy;
}

export interface SenderState {
  /** What templates use: the policy's values over the rep's own. */
  sender: SenderProfile;
  /** The rep's own values, as saved (what the form edits). */
  local: SenderProfile;
  /** The fields the policy sets. */
  managed: ReadonlySet<keyof SenderProfile>;
  policy: ManagedPolicy;
}

export function useSender(): SenderState | undefined {
  const policy = useManagedPolicy();
  const local = useLiveQuery(() => settingsRepo().get('sender'), []);
  return useMemo(() => (policy && local ? { ...withManagedSender(local, policy), local, policy } : undefined), [policy, local]);
}

export interface OfferState {
  /** What templates use: the policy's values over the rep's own. */
  offer: OfferProfile;
  /** The rep's own values, as saved. */
  local: OfferProfile;
  managed: ReadonlySet<keyof ManagedOffer>;
}

/** The rep's offer (first-run setup), the administrator's policy over it, live. */
export function useOffer(policy: ManagedPolicy | undefined): OfferState | undefined {
  const local = useLiveQuery(() => settingsRepo().get('offer'), []);
  return useMemo(() => (policy && local ? { ...withManagedOffer(local, policy), local } : undefined), [policy, local]);
}

/** The sender fields templates read ({{sender.name}} …, {{offer.name}} …), the empty ones left out so templates fall back. */
export function templateSender(profile: SenderProfile | undefined, offer?: OfferProfile): Sender {
  const sender: Sender = {};
  const offerFields = templateOffer(offer);
  if (Object.keys(offerFields).length) sender.offer = offerFields;
  if (!profile) return sender;
  // {{sender.firstName}} is derived from the name by the template fields.
  for (const key of ['name', 'title', 'company', 'email', 'phone', 'signature', 'meetingLink'] as const) if (profile[key]) sender[key] = profile[key];
  return sender;
}

/** The sender fields templates read, live. */
export function useTemplateSender(): Sender | undefined {
  const state = useSender();
  const offer = useOffer(state?.policy);
  return useMemo(() => (state && offer ? templateSender(state.sender, offer.offer) : undefined), [state, offer]);
}
