// The prospectSearch table: each prospect's search tokens (search-tokens.ts) and updatedAt, and nothing else, the
// only place the tokens are stored (schema 11 took them and their index off the prospects), so a page builds its
// in-memory search index (live-search-index.ts) from about 150 bytes per prospect instead of whole rows. Kept by a
// DBCore middleware in the same transaction as every prospects write (put, add, delete, clear), so no repository
// can forget it: a read-write transaction on prospects always includes it. One row per prospect, no index.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Prospect } from '../../domain/prospect';
import { prospectTokens } from './search-tokens';

export const SEARCH_TABLE = 'prospectSearch';

export interface SearchRow {
  id: string;
  tokens: string[];
  updatedAt: number;
}

/** The search row of a stored prospect: its tokens are derived here, from its fields and note words. */
export function searchRowOf(row: Pick<Prospect, 'id' | 'fullName' | 'company' | 'title' | 'emails'> & { noteTokens?: string[]; updatedAt?: number }): SearchRow {
  return { id: row.id, tokens: prospectTokens(row), updatedAt: row.updatedAt ?? 0 };
}

/**
 * The prospectSearch write of a prospects write. An add stays an add: a row whose prospect add fails (its id is
 * taken, so its search row exists too) fails the same way and leaves its search row as it was.
 */
function mirrored(req: DBCoreMutateRequest): DBCoreMutateRequest {
  switch (req.type) {
    case 'add':
    case 'put':
      return { trans: req.trans, type: req.type, values: req.values.map((v) => searchRowOf(v as Parameters<typeof searchRowOf>[0])) };
    case 'delete':
      return { trans: req.trans, type: 'delete', keys: req.keys };
    case 'deleteRange':
      return { trans: req.trans, type: 'deleteRange', range: req.range };
  }
}

export const searchMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'search-mirror',
  create: (down: DBCore): DBCore => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('prospects') && !stores.includes(SEARCH_TABLE) ? [...stores, SEARCH_TABLE] : stores, mode, options),
    table: (name: string): DBCoreTable => {
      const table = down.table(name);
      if (name !== 'prospects') return table;
      return {
        ...table,
        // Issued with the prospects write, not after it: the database works through both while this thread goes on
        // (an import validates its next chunk meanwhile) instead of waiting for a round trip in between.
        mutate: async (req) => {
          // Upgrades to versions before 10 rewrite prospects before the table exists: version 10 fills it after.
          if (!(req.trans as unknown as IDBTransaction).objectStoreNames.contains(SEARCH_TABLE)) return table.mutate(req);
          const [result] = await Promise.all([table.mutate(req), down.table(SEARCH_TABLE).mutate(mirrored(req))]);
          return result;
        },
      };
    },
  }),
};
