import { describe, expect, it } from 'vitest';
import { cleanNoteText, joinNotes, noteSummary, noteText } from '../../../src/domain/notes';

describe('notes', () => {
  it('cleans the typed text and refuses empty or oversized notes with a clear error', () => {
    expect(cleanNoteText('  Wants a demo\r\nnext week \n')).toBe('Wants a demo\nnext week');
    expect(() => cleanNoteText(' \n ')).toThrow('A note needs some text.');
    expect(() => cleanNoteText('a'.repeat(64 * 1024 + 1))).toThrow('A note can be at most 64 KB.');
  });

  it('summarises a note by its first line, shortened', () => {
    expect(noteSummary('Line one\nLine two')).toBe('Line one');
    expect(noteSummary('x'.repeat(300))).toHaveLength(200);
    expect(noteSummary('x'.repeat(300)).endsWith('…')).toBe(true);
  });

  it('joins notes newest first, reading the full text (or the summary of an entry without one)', () => {
    const entries = [
      { at: 1, summary: 'Old', data: { text: 'Old\nfull' } },
      { at: 3, summary: 'Newest' },
      { at: 2, summary: 'Middle', data: { text: 'Middle' } },
    ];
    expect(joinNotes(entries)).toBe('Newest\n\nMiddle\n\nOld\nfull');
    expect(noteText(entries[0]!)).toBe('Old\nfull');
  });
});
