// The words search finds a prospect by, derived from the stored row. Kept in the prospectSearch table only (by
// search-mirror.ts): since schema 11 the prospects table holds neither the tokens nor an index of them.
import { normalizeEmail, normalizeKey, type Prospect } from '../../domain/prospect';

const MAX_TOKENS = 48;
export const MAX_TOKEN_LENGTH = 64;

/** Words of the name, company and title, plus each email (whole, local part and domain), for prefix search. */
export function searchTokensOf(prospect: Pick<Prospect, 'fullName' | 'company' | 'title' | 'emails'>): string[] {
  const tokens = new Set<string>();
  const addWords = (text: string | undefined) => {
    for (const word of normalizeKey(text).split(' ')) if (word) tokens.add(word.slice(0, MAX_TOKEN_LENGTH));
  };
  addWords(prospect.fullName);
  addWords(prospect.company);
  addWords(prospect.title);
  for (const raw of prospect.emails ?? []) {
    const email = normalizeEmail(raw);
    if (!email) continue;
    tokens.add(email.slice(0, MAX_TOKEN_LENGTH));
    const at = email.indexOf('@');
    if (at > 0) {
      tokens.add(email.slice(0, at).slice(0, MAX_TOKEN_LENGTH));
      tokens.add(email.slice(at + 1).slice(0, MAX_TOKEN_LENGTH));
    }
  }
  return [...tokens].slice(0, MAX_TOKENS);
}

/** Every token of a stored prospect: its fields' words, then its notes' words (kept on the row by the notes repository). */
export function prospectTokens(row: Pick<Prospect, 'fullName' | 'company' | 'title' | 'emails'> & { noteTokens?: string[] }): string[] {
  return [...new Set([...searchTokensOf(row), ...(row.noteTokens ?? [])])];
}
