// The offices of an association's board in the languages team pages were written in (German, Swedish, Dutch, French,
// Spanish, Italian): a chair, a treasurer, a secretary and a board member each read at their level.
import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../../../src/domain/titles/parse-title';

describe('association board offices', () => {
  it.each([
    ['Vorsitzende', 'c_suite'],
    ['Stellvertretender Vorsitzender', 'c_suite'],
    ['Ordförande', 'c_suite'],
    ['Beisitzerin', 'c_suite'],
    ['Bestuurslid', 'c_suite'],
    ['Schatzmeisterin', 'director'],
    ['Penningmeester', 'director'],
    ['Trésorière', 'director'],
    ['Tesorero', 'director'],
    ['Schriftführer', 'entry'],
    ['Secretaris', 'entry'],
    ['Segretaria', 'entry'],
  ])('%s reads as %s', (title, level) => {
    expect(parseTitle(title).seniority).toBe(level);
  });
});
