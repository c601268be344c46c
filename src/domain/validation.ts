// Validation issues with the path of their field ("segments[3].rules", "prospects[0].phones[1].number"): one format
// for the segment editor, segment files and backups.
import type * as v from 'valibot';

export interface ValidationIssue {
  /** Where the problem is, e.g. `rules.rules[2].weight` or `templates[0].body`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/** The field path of a valibot issue, under `prefix`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix: readonly (string | number)[] = []): string {
  const keys = (issue.path ?? []).map((item) => ('key' in item ? (item.key as string | number) : ''));
  return formatPath([...prefix, ...keys]);
}

/** A valibot issue as a ValidationIssue; a missing field says "required" rather than what its object expected. */
export function toValidationIssue(issue: v.BaseIssue<unknown>, prefix: readonly (string | number)[] = []): ValidationIssue {
  const missing = issue.input === undefined && (issue.path?.length ?? 0) > 0 && issue.kind === 'schema' && issue.type !== 'custom';
  return { path: issuePath(issue, prefix), message: missing && !/required/i.test(issue.message) ? 'required' : issue.message };
}

/** "a: x; b: y (and 3 more)" */
export function summarizeIssues(issues: readonly ValidationIssue[], shown = 5): string {
  const listed = issues.slice(0, shown).map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ');
  return issues.length > shown ? `${listed} (and ${issues.length - shown} more)` : listed;
}
