// Where an installed segment came from: the pack, its version, and whether an administrator's policy put it there.
// Stored on the segment (segment.pack) and on each call logged with it (call.packId / call.packVersion).
import * as v from 'valibot';

export interface PackRef {
  /** The pack's id (a slug, e.g. "acme-playbook"). */
  id: string;
  name: string;
  /** The installed version, e.g. "1.2.0". */
  version: string;
  /** Installed by the administrator's policy rather than by the rep. */
  managed?: boolean;
}

/** "1", "1.2" or "1.2.3": up to three whole numbers. */
export const PACK_VERSION_PATTERN = /^\d{1,6}(?:\.\d{1,6}){0,2}$/;
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export const packIdSchema = v.pipe(
  v.string('Pack id must be text'),
  v.regex(PACK_ID_PATTERN, 'Pack id must be a slug: lower-case letters, digits and single hyphens (e.g. "acme-playbook")'),
  v.maxLength(60, 'Pack id must be at most 60 characters'),
);

export const packVersionSchema = v.pipe(
  v.string('Version must be text such as "1.2.0"'),
  v.trim(),
  v.regex(PACK_VERSION_PATTERN, 'Version must be numbers separated by dots, such as "1.2.0"'),
);

export const PackRefSchema = v.strictObject(
  {
    id: packIdSchema,
    name: v.pipe(v.string('Pack name must be text'), v.trim(), v.minLength(1, 'Pack name must not be empty'), v.maxLength(200, 'Pack name must be at most 200 characters')),
    version: packVersionSchema,
    managed: v.optional(v.boolean('"managed" must be true or false')),
  },
  'The pack a segment came from must be an object with id, name and version',
);

/** "Acme playbook 1.2.0" */
export function packLabel(ref: Pick<PackRef, 'name' | 'version'>): string {
  return `${ref.name} ${ref.version}`;
}
