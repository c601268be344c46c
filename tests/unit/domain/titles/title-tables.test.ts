// Guards the keyword tables against contradictions that would make a title's reading depend on table order.
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_WORDS } from '../../../../src/domain/titles/department-table';
import { ASPIRING_MARKERS, FORMER_MARKERS, LEVEL_RANK, LEVEL_WORDS } from '../../../../src/domain/titles/seniority-table';
import { lexiconEntries } from '../../../../src/domain/titles/title-lexicon';
import { patternTokens } from '../../../../src/domain/titles/title-tokens';

function folded(pattern: string): string {
  return patternTokens(pattern).join(' ');
}

describe('title keyword tables', () => {
  it('list each pattern under one level only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const level of LEVEL_RANK) {
      for (const p of LEVEL_WORDS[level]) {
        const key = folded(p);
        const other = seen.get(key);
        if (other && other !== level) clashes.push(`${p}: ${other} and ${level}`);
        seen.set(key, level);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('list each pattern under one department only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [dept, lists] of Object.entries(DEPARTMENT_WORDS)) {
      for (const p of [...lists.strong, ...lists.words, ...lists.weak]) {
        const key = folded(p);
        const other = seen.get(key);
        if (other && other !== dept) clashes.push(`${p}: ${other} and ${dept}`);
        seen.set(key, dept);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('fold every pattern to at least one token', () => {
    const empty = [...Object.values(LEVEL_WORDS).flat(), ...FORMER_MARKERS, ...ASPIRING_MARKERS].filter((p) => folded(p) === '');
    expect(empty).toEqual([]);
  });

  it('do not use a time marker as a role', () => {
    const roles = new Set(Object.values(LEVEL_WORDS).flat().map(folded));
    expect([...FORMER_MARKERS, ...ASPIRING_MARKERS].filter((m) => roles.has(folded(m)))).toEqual([]);
  });

  it('give every role phrase listed for a department a level when its words have one', () => {
    const entry = lexiconEntries().find((e) => e.words.join(' ') === 'software engineer');
    expect(entry).toMatchObject({ level: 'entry', dept: 'engineering' });
    const vp = lexiconEntries().find((e) => e.words.join(' ') === 'vice president');
    expect(vp?.level).toBe('vp');
    expect(vp?.dept).toBeUndefined();
  });
});
