// The prospect timeline: one entry per thing that happened to a prospect. Pure.
import type { FieldChange } from './merge';

export const ACTIVITY_KINDS = ['capture', 'merge', 'message_copied', 'call', 'stage_change', 'note', 'import'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: string;
  prospectId: string;
  /** Epoch milliseconds. */
  at: number;
  kind: ActivityKind;
  /** One line for the timeline, plain text. */
  summary: string;
  data?: Record<string, unknown>;
}

const FIELD_LABELS: Record<string, string> = {
  fullName: 'name', firstName: 'first name', lastName: 'last name', namePrefix: 'name prefix', nameSuffix: 'name suffix',
  companyDomain: 'company domain', companySize: 'company size',
};

/** "Updated title, phones and company" — the summary of a merge. */
export function describeChanges(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return 'No new information';
  const names = changes.map((c) => FIELD_LABELS[c.field] ?? c.field);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Updated ${list}`;
}
