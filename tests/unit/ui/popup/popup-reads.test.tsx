// The whole popup, opened on a tab, against a database of 120 and of 360 prospects (each with an overdue follow-up;
// two hand-offs offered to me, five to another rep): it makes no IndexedDB request before its first card is
// rendered, and once settled it has read exactly as many rows, index entries and counted entries with 360 as with
// 120 (the follow-up count is read up to 100 keys and shown as "99+").
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import type { DBCore, DBCoreTable } from 'dexie';
import { database } from '../../../../src/db/default-database';
import { SettingsRepo } from '../../../../src/db/settings-repo';
import { TasksRepo } from '../../../../src/db/tasks-repo';
import { offerHandoff } from '../../../../src/domain/handoff/handoff';
import { browser } from '../../../../src/platform/browser';
import { App } from '../../../../src/ui/popup/app';
import { clearDatabase, seedProspects } from '../../../support/dashboard/dashboard-harness';

const DAY = 86_400_000;

interface Request { what: string; entries: number; beforeCard: boolean }
const log: Request[] = [];

beforeAll(() => {
  // Counts what each request hands back (rows, keys, cursor steps) and what a count() walked, in the popup's db.
  database().use({
    stack: 'dbcore', name: 'test-request-log',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        const note = (what: string, entries: number) => log.push({ what: `${name}.${what}`, entries, beforeCard: !document.querySelector('[data-testid="capture"]') });
        return {
          ...table,
          get: async (req) => { const row = await table.get(req); note('get', row === undefined ? 0 : 1); return row; },
          getMany: async (req) => { const rows = await table.getMany(req); note('getMany', rows.length); return rows; },
          query: async (req) => { const res = await table.query(req); note(`query(${req.query.index.name || 'pk'})`, res.result.length); return res; },
          count: async (req) => { const n = await table.count(req); note(`count(${req.query.index.name || 'pk'})`, n); return n; },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (cursor) {
              let steps = 0;
              const start = cursor.start.bind(cursor);
              (cursor as { start: typeof cursor.start }).start = (onNext) => start(() => { steps++; onNext(); }).finally(() => note(`cursor(${req.query.index.name || 'pk'})`, steps));
            }
            return cursor;
          },
        };
      },
    }),
  });
  history.replaceState(null, '', '?tabId=7');
  (browser.tabs as { get: unknown }).get = async () => ({ id: 7, url: 'https://example.com/team/3', title: 'Our team' });
});
beforeEach(async () => { await clearDatabase(); log.length = 0; });
afterEach(() => cleanup());

async function popupReadsWith(count: number): Promise<Request[]> {
  const db = database();
  const prospects = await seedProspects(count);
  const tasks = new TasksRepo(db);
  for (const [i, p] of prospects.entries()) await tasks.create({ prospectId: p.id, title: `Call back ${i}`, dueAt: Date.now() - DAY - i * 1000 });
  await new SettingsRepo(db).set('team', [{ id: 'me', name: 'Rita Rep', email: 'rita@example.com', role: 'rep', isMe: true }]);
  await db.handoffs.bulkAdd(prospects.slice(0, 7).map((p, i) => offerHandoff({
    id: `h-${i}`, prospectId: p.id, from: { name: 'Maria Marketing' }, note: '', talkingPointIds: [], now: 1_700_000_000_000 + i,
    // Two hand-offs are offered to me; the rest to another rep.
    owner: i < 2 ? { name: 'Rita Rep', email: 'rita@example.com' } : { name: 'Oscar Other', email: `oscar@example.com` },
  })));
  log.length = 0;
  render(<App />);
  await waitFor(() => expect(screen.getByTestId('prospect-list').querySelectorAll('li')).toHaveLength(8), { timeout: 8000 });
  await waitFor(() => {
    expect(screen.getByTestId('due-today').textContent).toContain('(99+)');
    expect(screen.getByTestId('due-today').textContent).toContain('95+ more');
    expect(screen.getByTestId('handed-to-you').querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText(/Our team/)).toBeTruthy();
  }, { timeout: 8000 });
  await new Promise((r) => setTimeout(r, 200));
  const seen = [...log];
  cleanup();
  await clearDatabase();
  return seen;
}

describe('the popup with many prospects', () => {
  it('reads nothing before its first card, and no more with 360 prospects than with 120', async () => {
    const small = await popupReadsWith(120);
    const large = await popupReadsWith(360);
    expect(small.filter((r) => r.beforeCard), 'requests before the first card').toEqual([]);
    expect(large.filter((r) => r.beforeCard), 'requests before the first card').toEqual([]);
    const byKind = (requests: Request[]) => {
      const out: Record<string, number> = {};
      for (const r of requests) out[r.what] = (out[r.what] ?? 0) + r.entries;
      return out;
    };
    expect(byKind(large), 'entries read per kind of request').toEqual(byKind(small));
  }, 60_000);
});
