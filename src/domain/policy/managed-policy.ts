// What an administrator pushes through the browser's enterprise policy (storage.managed): the rep's sender details,
// the default country, the team server and segment packs (inline, in the pack file format of domain/packs/pack.ts). Every value is checked on its own: a bad one is dropped with an issue
// naming it, the good ones still apply. A managed value overrides the rep's own, field by field.
import * as v from 'valibot';
import type { SenderProfile } from '../../db/settings-repo';
import { validatePack, type SegmentPack } from '../packs/pack';

/** The sender fields a policy may set (public/managed-schema.json lists the same ones; a test keeps them equal). */
export const MANAGED_SENDER_FIELDS = ['name', 'title', 'company', 'email', 'phone', 'signature', 'meetingLink'] as const;
export type ManagedSenderField = (typeof MANAGED_SENDER_FIELDS)[number];

export interface TeamServer {
  url: string;
  database: string;
}

export interface ManagedPolicy {
  /** Sender fields the policy sets (the default country goes in `country`). */
  sender: Partial<Pick<SenderProfile, ManagedSenderField | 'country'>>;
  teamServer?: TeamServer;
  /** Packs installed (read-only) from the policy; a pack with a problem is left out with an issue naming its field. */
  packs: SegmentPack[];
}

const text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, `must be at most ${max} characters`));
const httpsUrl = v.pipe(text(2000), v.regex(/^https:\/\/\S+$/i, 'must be an https:// address'));

const SENDER_FIELD_SCHEMAS: Record<ManagedSenderField, v.GenericSchema<unknown, string>> = {
  name: text(200),
  title: text(200),
  company: text(200),
  email: v.pipe(text(320), v.email('must be an email address')),
  phone: text(60),
  signature: v.pipe(v.string('must be text'), v.transform((s) => s.replace(/\r\n?/g, '\n').trim()), v.maxLength(2000, 'must be at most 2000 characters')),
  meetingLink: httpsUrl,
};
const COUNTRY = v.pipe(text(2), v.toUpperCase(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "DE"'));
const TEAM_SERVER_FIELDS = { url: v.pipe(text(2000), v.regex(/^https?:\/\/\S+$/i, 'must be an http:// or https:// address')), database: text(200) };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the raw storage.managed object; an empty string counts as "not set". */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; issues: string[] } {
  const issues: string[] = [];
  const policy: ManagedPolicy = { sender: {}, packs: [] };
  if (!isObject(raw)) return { policy, issues };
  const check = (path: string, schema: v.GenericSchema<unknown, string>, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const result = v.safeParse(schema, value);
    if (!result.success) {
      issues.push(`${path}: ${result.issues[0]?.message ?? 'is not valid'}`);
      return undefined;
    }
    return result.output || undefined;
  };

  if (isObject(raw.sender)) {
    for (const field of MANAGED_SENDER_FIELDS) {
      const value = check(`sender.${field}`, SENDER_FIELD_SCHEMAS[field], raw.sender[field]);
      if (value !== undefined) policy.sender[field] = value;
    }
  } else if (raw.sender !== undefined) issues.push('sender: must be an object');

  const country = check('defaultCountry', COUNTRY, raw.defaultCountry);
  if (country) policy.sender.country = country;

  if (isObject(raw.teamServer)) {
    const url = check('teamServer.url', TEAM_SERVER_FIELDS.url, raw.teamServer.url);
    const database = check('teamServer.database', TEAM_SERVER_FIELDS.database, raw.teamServer.database);
    if (url) policy.teamServer = { url, database: database ?? '' };
  } else if (raw.teamServer !== undefined) issues.push('teamServer: must be an object');

  if (Array.isArray(raw.packs)) {
    const ids = new Set<string>();
    raw.packs.forEach((item, i) => {
      // Chrome's policy schema has no "any JSON" type, so a pack comes as the text of its file (Firefox may give objects).
      let input: unknown = item;
      if (typeof item === 'string') {
        try {
          input = JSON.parse(item);
        } catch {
          issues.push(`packs[${i}]: is not the text of a pack file (not valid JSON)`);
          return;
        }
      }
      const result = validatePack(input);
      if (!result.ok) issues.push(...result.issues.slice(0, 3).map((issue) => `packs[${i}]${issue.path ? `.${issue.path}` : ''}: ${issue.message}`));
      else if (ids.has(result.pack.id)) issues.push(`packs[${i}].id: pack "${result.pack.id}" is listed twice`);
      else {
        ids.add(result.pack.id);
        policy.packs.push(result.pack);
      }
    });
  } else if (raw.packs !== undefined) issues.push('packs: must be a list of pack files');

  return { policy, issues };
}

/** The sender the rep writes with: the policy's values over the rep's own, and which fields the policy set. */
export function withManagedSender(local: SenderProfile, policy: ManagedPolicy): { sender: SenderProfile; managed: Set<keyof SenderProfile> } {
  const managed = new Set(Object.keys(policy.sender) as (keyof SenderProfile)[]);
  return { sender: { ...local, ...policy.sender }, managed };
}
