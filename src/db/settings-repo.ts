// Typed key/value settings. Each key has a default, so a fresh install reads sensible values.
import { CALL_OUTCOMES, type CallOutcomeOption } from '../domain/calls';
import type { SegueDatabase } from './database';
import { DEFAULT_RETURN_REASONS, DEFAULT_STAGE_RULES, type ReturnReason, type StageRuleSettings, type TeamMember } from '../domain/handoff';

export interface SenderProfile {
  name: string;
  title: string;
  company: string;
  email: string;
  phone: string;
  signature: string;
  meetingLink: string;
  /** ISO code of the rep's own country, for phone numbers written without +country code; '' follows the browser's locale. */
  country: string;
}

export interface OnboardingFlags {
  welcomeSeen: boolean;
  firstCaptureDone: boolean;
  sendersSet: boolean;
  backupExplained: boolean;
}

export interface Settings {
  sender: SenderProfile;
  callOutcomes: CallOutcomeOption[];
  /** Epoch milliseconds of the last full backup export, null when never. */
  lastBackupAt: number | null;
  onboarding: OnboardingFlags;
  /** Set once the starter segments were written, so deleting them all does not bring them back. */
  starterSegmentsSeeded: boolean;
  /** Settings → Team: who marketing hands prospects to, and who "me" is. */
  team: TeamMember[];
  /** Why a rep returns a hand-off (editable). */
  returnReasons: ReturnReason[];
  /** Which stage rules run when a call is logged. */
  stageRules: StageRuleSettings;
}

export type SettingKey = keyof Settings;

export const SETTING_KEYS: readonly SettingKey[] = ['sender', 'callOutcomes', 'lastBackupAt', 'onboarding', 'starterSegmentsSeeded', 'team', 'returnReasons', 'stageRules'];

export function defaultSettings(): Settings {
  return {
    sender: { name: '', title: '', company: '', email: '', phone: '', signature: '', meetingLink: '', country: '' },
    callOutcomes: CALL_OUTCOMES.map((o) => ({ ...o })),
    lastBackupAt: null,
    onboarding: { welcomeSeen: false, firstCaptureDone: false, sendersSet: false, backupExplained: false },
    starterSegmentsSeeded: false,
    team: [],
    returnReasons: DEFAULT_RETURN_REASONS.map((r) => ({ ...r })),
    stageRules: { ...DEFAULT_STAGE_RULES },
  };
}

export class SettingsRepo {
  constructor(private readonly db: SegueDatabase) {}

  async get<K extends SettingKey>(key: K): Promise<Settings[K]> {
    const row = await this.db.settings.get(key);
    const fallback: unknown = defaultSettings()[key];
    if (!row) return fallback as Settings[K];
    // Objects gain keys added in later versions from the defaults.
    if (isPlainObject(fallback) && isPlainObject(row.value)) return { ...fallback, ...row.value } as unknown as Settings[K];
    return row.value as Settings[K];
  }

  async set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    if (!SETTING_KEYS.includes(key)) throw new Error(`Unknown setting "${String(key)}".`);
    await this.db.settings.put({ key, value });
  }

  /** Changes part of an object setting (sender, onboarding) and returns the result. */
  async patch<K extends 'sender' | 'onboarding'>(key: K, partial: Partial<Settings[K]>): Promise<Settings[K]> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const current = (await this.get(key)) as Settings[K] & object;
      const next = { ...current, ...partial } as Settings[K];
      await this.set(key, next);
      return next;
    });
  }

  async setCallOutcomes(outcomes: CallOutcomeOption[]): Promise<void> {
    const keys = new Set<string>();
    for (const o of outcomes) {
      if (!/^[a-z0-9_]{1,40}$/.test(o.key)) throw new Error(`Outcome key "${o.key}" must be 1–40 lower-case letters, digits or _.`);
      if (!o.label.trim()) throw new Error(`Outcome "${o.key}" needs a label.`);
      if (keys.has(o.key)) throw new Error(`Outcome "${o.key}" is listed twice.`);
      keys.add(o.key);
    }
    if (outcomes.length === 0) throw new Error('Keep at least one call outcome.');
    await this.set('callOutcomes', outcomes.map((o) => ({ key: o.key, label: o.label.trim(), connect: Boolean(o.connect) })));
  }

  async all(): Promise<Settings> {
    const settings = defaultSettings();
    for (const key of SETTING_KEYS) (settings as unknown as Record<string, unknown>)[key] = await this.get(key);
    return settings;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
