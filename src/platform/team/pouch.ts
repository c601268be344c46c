// The slice of PouchDB's API that team sync uses, and its loader. PouchDB (pouchdb-browser: the idb adapter, the
// http adapter and replication) is imported on demand, so only a configured team pays for it. Segue never hands
// PouchDB a filter or view as a string, the only path on which PouchDB would build a function from text.
import type { FetchLike } from './couch-session';

export interface PouchDoc { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[]; [key: string]: unknown }

export interface PouchChange { id: string; seq: number | string; deleted?: boolean; doc?: PouchDoc }

export interface PouchReplicationResult {
  docs_read?: number;
  docs_written?: number;
  doc_write_failures?: number;
  errors?: unknown[];
  pull?: PouchReplicationResult;
  push?: PouchReplicationResult;
  status?: string;
}

export interface PouchSync extends Promise<PouchReplicationResult> {
  on(event: 'change', listener: (info: { direction?: 'push' | 'pull'; change: PouchReplicationResult & { docs?: PouchDoc[] } }) => void): PouchSync;
  on(event: 'paused' | 'error', listener: (err?: unknown) => void): PouchSync;
  on(event: 'active', listener: () => void): PouchSync;
  on(event: 'denied', listener: (err: unknown) => void): PouchSync;
  on(event: 'complete', listener: (info: PouchReplicationResult) => void): PouchSync;
  cancel(): void;
}

export interface PouchDatabase {
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
  changes(options: { since: number | string; include_docs: true; conflicts: true; limit?: number }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  allDocs(options?: { include_docs?: boolean }): Promise<{ total_rows: number; rows: { id: string; doc?: PouchDoc }[] }>;
  sync(remote: PouchDatabase, options?: Record<string, unknown>): PouchSync;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchStatic {
  new (name: string, options?: { adapter?: string; fetch?: FetchLike; skip_setup?: boolean; auto_compaction?: boolean }): PouchDatabase;
}

export async function loadPouch(): Promise<PouchStatic> {
  const module = await import('pouchdb-browser');
  return module.default as unknown as PouchStatic;
}
