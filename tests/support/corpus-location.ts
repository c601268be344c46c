// Where the out-of-tree real-world corpus of one kind (email, pages, crm) is: $SEGUE_CORPUS/<kind>, then
// ../shared/corpus/<kind> beside the repository, then /work/corpus/<kind>. Its items are other projects' text and are
// never committed; tests/corpus/<kind>/collect.ts rebuilds them.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function corpusCandidates(kind: string, repoRoot: string): string[] {
  return [
    ...(process.env.SEGUE_CORPUS ? [join(process.env.SEGUE_CORPUS, kind)] : []),
    resolve(repoRoot, '..', 'shared', 'corpus', kind),
    join('/work/corpus', kind),
  ];
}

/** The first candidate that holds labelled items (`*.expected.json`). */
export function findCorpus(kind: string, repoRoot: string): string | undefined {
  return corpusCandidates(kind, repoRoot).find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.expected.json')));
}
