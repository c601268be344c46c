// Validation issues by field path ("rules.rules[2].weight"), so each input shows the messages about it.
import { formatPath, type ValidationIssue } from '../../../domain/segments/segment-schema';

export type Path = readonly (string | number)[];

export class IssueIndex {
  constructor(readonly all: readonly ValidationIssue[] = []) {}

  /** Issues about exactly this field. */
  at(path: Path): string[] {
    const key = formatPath(path);
    return this.all.filter((i) => i.path === key).map((i) => i.message);
  }

  /** Issues about this field or anything inside it (a list and its items). */
  under(path: Path): string[] {
    const key = formatPath(path);
    return this.all.filter((i) => i.path === key || i.path.startsWith(`${key}.`) || i.path.startsWith(`${key}[`)).map((i) => i.message);
  }

  get size(): number {
    return this.all.length;
  }
}

export const NO_ISSUES = new IssueIndex();
