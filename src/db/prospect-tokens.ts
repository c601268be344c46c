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

/** Token keys to delete and rows to add so that the index holds `after` instead of `before` (either may be missing). */
function tokenDiff(before: WithTokens | undefined, after: WithTokens | undefined, remove: TokenKey[], add: TokenRow[]): void {
  const old = new Set(before?.searchTokens ?? []);
  const next = new Set(after?.searchTokens ?? []);
  if (before) for (const token of old) if (!after || after.id !== before.id || !next.has(token)) remove.push([token, before.id]);
  if (after) for (const token of next) if (!before || before.id !== after.id || !old.has(token)) add.push({ token, id: after.id });
}

async function applyDiff(tokens: DBCoreTable, trans: DBCoreTransaction, remove: TokenKey[], add: TokenRow[]): Promise<void> {
  if (remove.length) await tokens.mutate({ type: 'delete', trans, keys: remove });
  if (add.length) await tokens.mutate({ type: 'put', trans, values: add });
}

function okIndexes(count: number, res: DBCoreMutateResponse): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!res.failures[i]) out.push(i);
  return out;
}

function keepingTokens(prospects: DBCoreTable, tokens: DBCoreTable): DBCoreTable {
  const idOf = (value: WithTokens) => value.id;
  return {
    ...prospects,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const { trans } = req;
      const remove: TokenKey[] = [];
      const add: TokenRow[] = [];
      if (req.type === 'deleteRange') {
        if (req.range.type === ANY_RANGE) {
          // table.clear()
          const res = await prospects.mutate(req);
          await tokens.mutate({ type: 'deleteRange', trans, range: req.range });
          return res;
        }
        const { result } = await prospects.query({ trans, values: true, query: { index: prospects.schema.primaryKey, range: req.range } });
        for (const row of result as WithTokens[]) tokenDiff(row, undefined, remove, add);
        const res = await prospects.mutate(req);
        await applyDiff(tokens, trans, remove, add);
        return res;
      }
      if (req.type === 'delete') {
        const before = (await prospects.getMany({ trans, keys: req.keys })) as (WithTokens | undefined)[];
        const res = await prospects.mutate(req);
        for (const i of okIndexes(req.keys.length, res)) tokenDiff(before[i], undefined, remove, add);
        await applyDiff(tokens, trans, remove, add);
        return res;
      }
      const values = req.values as WithTokens[];
      // An add creates rows that did not exist (it fails otherwise): no earlier tokens to read.
      const before = req.type === 'add'
        ? []
        : (await prospects.getMany({ trans, keys: req.keys ?? values.map(idOf) })) as (WithTokens | undefined)[];
      const res = await prospects.mutate(req);
      for (const i of okIndexes(values.length, res)) tokenDiff(before[i], values[i], remove, add);
      await applyDiff(tokens, trans, remove, add);
      return res;
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
