// Type-ahead: the live query of a keystroke a newer one replaced is aborted (its search stops between reads), and
// the abort is not reported as a failure.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../../../src/ui/shared/use-live-query';

afterEach(() => cleanup());

function Probe(props: { query: string; seen: { query: string; signal: AbortSignal }[]; run: (q: string, signal: AbortSignal) => Promise<string> }) {
  const value = useLiveQuery((signal) => {
    props.seen.push({ query: props.query, signal });
    return props.run(props.query, signal);
  }, [props.query], '');
  return <p data-testid="value">{value}</p>;
}

describe('useLiveQuery', () => {
  it('aborts the previous query when its deps change, shows only the newest answer, and logs no error for the abort', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: { query: string; signal: AbortSignal }[] = [];
    // A search that takes a while and stops when aborted, like ProspectsRepo.search with a signal.
    const run = (q: string, signal: AbortSignal) => new Promise<string>((done, fail) => {
      const timer = setTimeout(() => done(`results for ${q}`), 30);
      signal.addEventListener('abort', () => { clearTimeout(timer); fail(new DOMException('superseded', 'AbortError')); });
    });
    const view = render(<Probe query="ha" seen={seen} run={run} />);
    // "ha" is running when "han" is typed: it is aborted.
    await waitFor(() => expect(seen.map((s) => s.query)).toContain('ha'));
    view.rerender(<Probe query="han" seen={seen} run={run} />);
    await waitFor(() => expect(seen.find((s) => s.query === 'ha')!.signal.aborted).toBe(true));
    view.rerender(<Probe query="hana" seen={seen} run={run} />);
    await waitFor(() => expect(screen.getByTestId('value').textContent).toBe('results for hana'));
    // Keystrokes replaced before their query ran never ran it; those that ran were aborted.
    const stale = seen.filter((s) => s.query !== 'hana');
    expect(stale.every((s) => s.signal.aborted)).toBe(true);
    expect(seen.filter((s) => s.query === 'hana').some((s) => !s.signal.aborted)).toBe(true);
    view.unmount();
    await waitFor(() => expect(seen.every((s) => s.signal.aborted)).toBe(true));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
