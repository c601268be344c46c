// The popup home reads nothing that grows with the tables: follow-ups due, recent prospects and their names are
// indexed, limited reads, and the heading's count stops at "99+", so 110 or 300 overdue follow-ups cost the same.
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { database } from '../../../../src/db/default-database';
import { TasksRepo } from '../../../../src/db/tasks-repo';
import { HomeLists } from '../../../../src/ui/popup/home-lists';
import { clearDatabase, seedProspects } from '../../../support/dashboard/dashboard-harness';
import { countRowsRead, type RowCounter } from '../../../support/db/row-counter';

const DAY = 86_400_000;
let counter: RowCounter;

beforeAll(() => { counter = countRowsRead(database()); });
beforeEach(async () => { await clearDatabase(); });
afterEach(() => cleanup());

/** `count` prospects, each with one overdue follow-up; returns the rows the popup home read once settled. */
async function rowsReadWith(count: number): Promise<number> {
  const prospects = await seedProspects(count);
  const tasks = new TasksRepo(database());
  for (const [i, p] of prospects.entries()) await tasks.create({ prospectId: p.id, title: `Call back ${i}`, dueAt: Date.now() - DAY - i * 1000 });
  counter.reset();
  render(<HomeLists onOpen={() => undefined} />);
  // Settled: the heading's count, the recent list, and the due follow-ups' names (shown as "Unknown" until read).
  await waitFor(() => {
    const due = screen.getByTestId('due-today').textContent ?? '';
    expect(due).toContain(count > 99 ? '(99+)' : `(${count})`);
    expect(due).toContain(prospects[count - 1]!.fullName);
    expect(due).not.toContain('Unknown prospect');
  }, { timeout: 5000 });
  await waitFor(() => expect(screen.getByTestId('prospect-list').querySelectorAll('li')).toHaveLength(8));
  await new Promise((r) => setTimeout(r, 100));
  const read = counter.total();
  cleanup();
  await clearDatabase();
  return read;
}

describe('popup home lists', () => {
  it('read the same rows with 300 overdue follow-ups as with 110 (the count stops at 100 keys: "99+")', async () => {
    const small = await rowsReadWith(110);
    const large = await rowsReadWith(300);
    expect(large).toBe(small);
  });

  it('show the earliest due follow-ups by name, and say how many more there are', async () => {
    const prospects = await seedProspects(12);
    const tasks = new TasksRepo(database());
    for (const [i, p] of prospects.entries()) await tasks.create({ prospectId: p.id, title: `Call back ${i}`, dueAt: Date.now() - DAY - i * 1000 });
    render(<HomeLists onOpen={() => undefined} />);
    const due = await screen.findByTestId('due-today');
    await waitFor(() => expect(due.textContent).toContain(prospects[11]!.fullName));
    expect(due.textContent).toContain('(12)');
    expect(due.textContent).toContain('Call back 11'); // the most overdue comes first
    expect(due.textContent).not.toContain('Call back 0');
    expect(due.querySelectorAll('li')).toHaveLength(5);
    expect(due.textContent).toContain('7 more');
  });
});
