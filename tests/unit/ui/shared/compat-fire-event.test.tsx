// With preact/compat loaded (dexie-react-hooks imports `react`, which is preact/compat), a test's fireEvent.change
// reaches the onChange of a <select>, a checkbox and a text input alike. @testing-library/preact 3.2.4 alone turns
// every change into an input event once compat is seen, which a select's onChange never hears: six dashboard form
// tests lost their select changes that way. tests/setup/compat-fire-event.ts fires what compat listens for.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import 'preact/compat';

function Form(props: { seen: string[] }) {
  const [country, setCountry] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); props.seen.push(`saved ${country}`); }}>
      <select data-testid="country" value={country} onChange={(e) => { props.seen.push('select'); setCountry((e.currentTarget as HTMLSelectElement).value); }}>
        <option value="">Browser's country</option>
        <option value="DE">Germany</option>
      </select>
      <input type="checkbox" data-testid="agree" onChange={() => props.seen.push('checkbox')} />
      <input data-testid="name" onChange={() => props.seen.push('text')} />
      <button type="submit" data-testid="save">Save</button>
    </form>
  );
}

describe('fireEvent.change with preact/compat loaded', () => {
  it('reaches onChange on a select, a checkbox and a text input', () => {
    const seen: string[] = [];
    render(<Form seen={seen} />);
    fireEvent.change(screen.getByTestId('country'), { target: { value: 'DE' } });
    fireEvent.change(screen.getByTestId('agree'), { target: { checked: true } });
    fireEvent.change(screen.getByTestId('name'), { target: { value: 'Ada' } });
    fireEvent.click(screen.getByTestId('save'));
    expect(seen).toEqual(['select', 'checkbox', 'text', 'saved DE']);
  });
});
