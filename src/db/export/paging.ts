// Walks a table in primary-key order, one page per read, so a 100,000-row table is never loaded at once.
import type { Table } from 'dexie';

export async function* pageThrough<T>(table: Table<T, string>, pageSize = 1000): AsyncGenerator<T[]> {
  let last: string | undefined;
  for (;;) {
    const page = last === undefined
      ? await table.orderBy(':id').limit(pageSize).toArray()
      : await table.where(':id').above(last).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    last = (table.schema.primKey.keyPath ? (page[page.length - 1] as Record<string, string>)[table.schema.primKey.keyPath as string] : undefined);
    if (last === undefined) return;
  }
}

/** Joins the chunks of an export generator (for tests and small exports). */
export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
