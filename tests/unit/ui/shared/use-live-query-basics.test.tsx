// The dashboard's and popup's live queries: re-render when the tables read change, re-query when deps change, and a
// failing query never throws into rendering (the last value stays, the error is logged).
import { render, screen, waitFor } from '@testing-library/preact';
import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../../../src/ui/shared/use-live-query';

class Db extends Dexie {
  items!: Table<{ id: number; kind: string }, number>;
  constructor() {
    super(`live-query-test-${Math.random()}`);
    this.version(1).stores({ items: 'id, kind' });
  }
}

let db: Db;
beforeEach(() => { db = new Db(); });
afterEach(async () => { db.close(); await db.delete(); vi.restoreAllMocks(); });

function Count(props: { kind: string; failWhen?: () => boolean }) {
  const count = useLiveQuery(async () => {
    const n = await db.items.where('kind').equals(props.kind).count();
    if (props.failWhen?.()) throw new Error('query failed');
    return n;
  }, [props.kind], -1);
  return <p data-testid="count">{String(count)}</p>;
}

const shown = () => screen.getByTestId('count').textContent;

describe('useLiveQuery', () => {
  it('shows the initial value, then the result, and follows writes to the table', async () => {
    await db.items.bulkAdd([{ id: 1, kind: 'a' }, { id: 2, kind: 'b' }]);
    render(<Count kind="a" />);
    await waitFor(() => expect(shown()).toBe('1'));
    await db.items.add({ id: 3, kind: 'a' });
    await waitFor(() => expect(shown()).toBe('2'));
  });

  it('queries again when its deps change', async () => {
    await db.items.bulkAdd([{ id: 1, kind: 'a' }, { id: 2, kind: 'b' }, { id: 3, kind: 'b' }]);
    const { rerender } = render(<Count kind="a" />);
    await waitFor(() => expect(shown()).toBe('1'));
    rerender(<Count kind="b" />);
    await waitFor(() => expect(shown()).toBe('2'));
  });

  it('keeps the last value and logs when the query fails, without throwing into render', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = false;
    await db.items.add({ id: 1, kind: 'a' });
    render(<Count kind="a" failWhen={() => fail} />);
    await waitFor(() => expect(shown()).toBe('1'));
    fail = true;
    await db.items.add({ id: 2, kind: 'a' });
    await waitFor(() => expect(logged).toHaveBeenCalledWith('Segue live query failed', expect.any(Error)));
    expect(shown()).toBe('1');
  });
});
