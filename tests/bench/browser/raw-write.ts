// Raw IndexedDB writes of the rows the product stores: the floor the import is compared with (same store, same
// indexes, including the multi-entry ones).
import type { StoredProspect } from '../../../src/db/database';
import { SEARCH_TABLE, searchRowOf } from '../../../src/db/search/search-mirror';

export function idb<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => { request.onsuccess = () => done(request.result); request.onerror = () => fail(request.error); });
}

/**
 * objectStore.put of every row in one transaction, into an open database of the product's schema, with its
 * prospectSearch row (what the product writes beside each prospect, see search-mirror.ts).
 */
export async function rawPut(db: IDBDatabase, rows: readonly StoredProspect[]): Promise<void> {
  const tx = db.transaction(['prospects', SEARCH_TABLE], 'readwrite');
  const store = tx.objectStore('prospects');
  const search = tx.objectStore(SEARCH_TABLE);
  for (const row of rows) {
    store.put(row);
    search.put(searchRowOf(row));
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

/** Like rawWrite, a chunk at a time, each chunk's last put awaited before the next chunk is issued. */
export async function rawWriteChunked(name: string, rows: readonly StoredProspect[], chunk: number): Promise<void> {
  const db = await idb(indexedDB.open(name));
  try {
    const tx = db.transaction(['prospects', SEARCH_TABLE], 'readwrite');
    const store = tx.objectStore('prospects');
    const search = tx.objectStore(SEARCH_TABLE);
    const done = new Promise<void>((ok, fail) => { tx.oncomplete = () => ok(); tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error); });
    for (let i = 0; i < rows.length; i += chunk) {
      let last: IDBRequest | undefined;
      for (const row of rows.slice(i, i + chunk)) {
        last = store.put(row);
        search.put(searchRowOf(row));
      }
      if (last) await idb(last);
    }
    await done;
  } finally {
    db.close();
  }
}
