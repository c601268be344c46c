// Raw IndexedDB writes of the rows the product stores: the floor the import is compared with. The same stores and
// indexes as the product: each prospect row, and its search tokens in prospectTokens (prospect-tokens.ts).
import type { StoredProspect } from '../../../src/db/database';
import { tokenRowsOf, TOKENS_TABLE } from '../../../src/db/prospect-tokens';

export function idb<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => { request.onsuccess = () => done(request.result); request.onerror = () => fail(request.error); });
}

/** objectStore.put of every row (and its token rows) in one transaction, into an open database of the product's schema. */
export async function rawPut(db: IDBDatabase, rows: readonly StoredProspect[]): Promise<void> {
  const tx = db.transaction(['prospects', TOKENS_TABLE], 'readwrite');
  const store = tx.objectStore('prospects');
  const tokens = tx.objectStore(TOKENS_TABLE);
  for (const row of rows) {
    store.put(row);
    for (const token of tokenRowsOf(row)) tokens.put(token);
  }
  await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error); });
}

/** rawPut into the database `name`. */
export async function rawWrite(name: string, rows: readonly StoredProspect[]): Promise<void> {
  const db = await idb(indexedDB.open(name));
  try {
    await rawPut(db, rows);
  } finally {
    db.close();
  }
}
