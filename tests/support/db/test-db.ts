// A fresh database per test, deleted afterwards.
import Dexie from 'dexie';
import { openDatabase, type SegueDatabase } from '../../../src/db/database';

let counter = 0;
const open: SegueDatabase[] = [];

export async function freshDatabase(): Promise<SegueDatabase> {
  const db = await openDatabase(`test-${Date.now()}-${++counter}`);
  open.push(db);
  return db;
}

export async function closeDatabases(): Promise<void> {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}
