// The search index of prospects: one row per (search token, prospect) in the prospectTokens table, keyed
// [token+id]. A middleware keeps it equal to the searchTokens of the stored prospects on EVERY write to the
// prospects table (repositories, imports, restores, upgrades of later versions), inside the writer's own transaction,
// writing only the tokens that changed. Search reads key ranges of it (prospect-search.ts).
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

export const TOKENS_TABLE = 'prospectTokens';
const PROSPECTS_TABLE = 'prospects';

export interface TokenRow {
  token: string;
  id: string;
}

type TokenKey = [string, string];

/** DBCoreRangeType.Any (a const enum in Dexie's types): the whole table, as clear() sends it. */
const ANY_RANGE = 3;

interface WithTokens {
  id: string;
  searchTokens?: readonly string[];
}

/** The token rows of one stored prospect. */
export function tokenRowsOf(row: WithTokens): TokenRow[] {
  return (row.searchTokens ?? []).map((token) => ({ token, id: row.id }));
}

/** What one row's write does to the index: token keys to delete, token rows to add. */
interface Diff {
  remove: TokenKey[];
  add: TokenRow[];
}

/** The index change that makes it hold `after` instead of `before` (either may be missing). */
function diffOf(before: WithTokens | undefined, after: WithTokens | undefined): Diff {
  const old = new Set(before?.searchTokens ?? []);
  const next = new Set(after?.searchTokens ?? []);
  const same = before && after && before.id === after.id;
  return {
    remove: before ? [...old].filter((t) => !same || !next.has(t)).map((t): TokenKey => [t, before.id]) : [],
    add: after ? [...next].filter((t) => !same || !old.has(t)).map((token) => ({ token, id: after.id })) : [],
  };
}

function apply(tokens: DBCoreTable, trans: DBCoreTransaction, diffs: readonly Diff[]): Promise<unknown> {
  const remove = diffs.flatMap((d) => d.remove);
  const add = diffs.flatMap((d) => d.add);
  return Promise.all([
    remove.length ? tokens.mutate({ type: 'delete', trans, keys: remove }) : undefined,
    add.length ? tokens.mutate({ type: 'put', trans, values: add }) : undefined,
  ]);
}

function keepingTokens(prospects: DBCoreTable, tokens: DBCoreTable): DBCoreTable {
  /**
   * Writes the prospects and their token changes side by side (one round trip, not two). A row the store refused
   * (a bulkAdd of an existing id whose caller went on) gets its index back: its diff undone, then the tokens of the
   * row that is really stored put back.
   */
  const write = async (req: DBCoreMutateRequest, keys: readonly unknown[], diffs: Diff[]): Promise<DBCoreMutateResponse> => {
    const { trans } = req;
    const [res] = await Promise.all([prospects.mutate(req), apply(tokens, trans, diffs)]);
    if (res.numFailures) {
      const failed = Object.keys(res.failures).map(Number);
      const undo = failed.map((i) => ({ remove: diffs[i]!.add.map((t): TokenKey => [t.token, t.id]), add: [] }));
      await apply(tokens, trans, undo);
      const stored = (await prospects.getMany({ trans, keys: failed.map((i) => keys[i]) })) as (WithTokens | undefined)[];
      await apply(tokens, trans, stored.map((row) => diffOf(undefined, row)));
    }
    return res;
  };
  return {
    ...prospects,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const { trans } = req;
      if (req.type === 'deleteRange') {
        if (req.range.type === ANY_RANGE) {
          // table.clear()
          const [res] = await Promise.all([prospects.mutate(req), tokens.mutate({ type: 'deleteRange', trans, range: req.range })]);
          return res;
        }
        const { result } = await prospects.query({ trans, values: true, query: { index: prospects.schema.primaryKey, range: req.range } });
        const rows = result as WithTokens[];
        return write(req, rows.map((r) => r.id), rows.map((row) => diffOf(row, undefined)));
      }
      if (req.type === 'delete') {
        const before = (await prospects.getMany({ trans, keys: req.keys })) as (WithTokens | undefined)[];
        return write(req, req.keys, before.map((row) => diffOf(row, undefined)));
      }
      const values = req.values as WithTokens[];
      const keys = req.keys ?? values.map((v) => v.id);
      // An add creates rows that did not exist (it fails otherwise): no earlier tokens to read.
      const before = req.type === 'add' ? [] : (await prospects.getMany({ trans, keys })) as (WithTokens | undefined)[];
      return write(req, keys, values.map((value, i) => diffOf(before[i], value)));
    },
  };
}

/**
 * Dexie middleware: read-write transactions on prospects also open prospectTokens, and every mutation of prospects
 * updates it. Inactive while the table does not exist yet (upgrades from versions before it).
 */
export const prospectTokensMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ProspectTokens',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === TOKENS_TABLE)) return {};
    return {
      transaction(stores, mode, options) {
        const withTokens = mode === 'readwrite' && stores.includes(PROSPECTS_TABLE) && !stores.includes(TOKENS_TABLE)
          ? [...stores, TOKENS_TABLE]
          : stores;
        return down.transaction(withTokens, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === PROSPECTS_TABLE ? keepingTokens(table, down.table(TOKENS_TABLE)) : table;
      },
    };
  },
};
