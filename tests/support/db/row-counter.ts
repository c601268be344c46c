// Test support: counts the rows a Dexie database hands back (gets, queries and cursor steps), per table, through a
// DBCore middleware, so a test can show that a screen reads the same number of rows however large the table is.
import type { DBCore, DBCoreCursor, DBCoreTable, Dexie } from 'dexie';

export interface RowCounter {
  readonly rows: Record<string, number>;
  /** Keys handed back by key-only queries (primaryKeys(), keys()), per table: index reads, not row reads. */
  readonly keys: Record<string, number>;
  total(): number;
  reset(): void;
}

export function countRowsRead(db: Dexie): RowCounter {
  const rows: Record<string, number> = {};
  const keys: Record<string, number> = {};
  const add = (table: string, n: number) => { rows[table] = (rows[table] ?? 0) + n; };
  const addKeys = (table: string, n: number) => { keys[table] = (keys[table] ?? 0) + n; };
  db.use({
    stack: 'dbcore',
    name: 'test-row-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          get: async (req) => { const row = await table.get(req); if (row !== undefined) add(name, 1); return row; },
          getMany: async (req) => { const found = await table.getMany(req); add(name, found.filter((r) => r !== undefined).length); return found; },
          query: async (req) => { const res = await table.query(req); (req.values === false ? addKeys : add)(name, res.result.length); return res; },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (!cursor) return cursor;
            const start = cursor.start.bind(cursor);
            (cursor as { start: DBCoreCursor['start'] }).start = (onNext) => start(() => { add(name, 1); onNext(); });
            return cursor;
          },
        };
      },
    }),
  });
  return {
    rows,
    keys,
    total: () => Object.values(rows).reduce((a, b) => a + b, 0),
    reset: () => { for (const record of [rows, keys]) for (const key of Object.keys(record)) delete record[key]; },
  };
}
