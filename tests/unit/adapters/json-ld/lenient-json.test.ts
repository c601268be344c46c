import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '../../../../src/adapters/json-ld/lenient-json';

describe('parseLenientJson', () => {
  it('reads plain JSON without repairs', () => {
    expect(parseLenientJson('{"@type":"Person","name":"Mei Tanaka"}')).toEqual({ values: [{ '@type': 'Person', name: 'Mei Tanaka' }], repaired: false });
  });
  it('strips HTML comment and CDATA wrappers', () => {
    expect(parseLenientJson('<!-- {"name":"A B"} -->').values).toEqual([{ name: 'A B' }]);
    expect(parseLenientJson('//<![CDATA[\n{"name":"A B"}\n//]]>').values).toEqual([{ name: 'A B' }]);
  });
  it('drops trailing commas but keeps commas inside strings', () => {
    const parsed = parseLenientJson('{"name":"Weber, Jonas","tags":["a","b",],}');
    expect(parsed.values).toEqual([{ name: 'Weber, Jonas', tags: ['a', 'b'] }]);
    expect(parsed.repaired).toBe(true);
    expect(parsed.error).toBeUndefined();
  });
  it('escapes raw newlines inside strings', () => {
    expect(parseLenientJson('{"jobTitle":"Line one\nline two"}').values).toEqual([{ jobTitle: 'Line one\nline two' }]);
  });
  it('splits concatenated objects', () => {
    expect(parseLenientJson('{"a":1}{"b":2}\n{"c":"}{"}').values).toEqual([{ a: 1 }, { b: 2 }, { c: '}{' }]);
    expect(parseLenientJson('{"a":1},{"b":2}').values).toEqual([{ a: 1 }, { b: 2 }]);
  });
  it('repairs what hand-edited and templated JSON-LD gets wrong: quotes, comments, constants, cut-off ends', () => {
    expect(parseLenientJson("{'@type': 'Person', name: 'Ana Lima' /* CMS */, \"jobTitle\": \"CTO\", \"alumni\": None}").values)
      .toEqual([{ '@type': 'Person', name: 'Ana Lima', jobTitle: 'CTO', alumni: null }]);
    expect(parseLenientJson('{"@type":"Person","name":"Jonas Weber","jobTitle":"Head of Sales"').values)
      .toEqual([{ '@type': 'Person', name: 'Jonas Weber', jobTitle: 'Head of Sales' }]);
    expect(parseLenientJson('{"@type":"Person","description":"He said "hi" there","name":"Bo Li"}').values)
      .toEqual([{ '@type': 'Person', description: 'He said "hi" there', name: 'Bo Li' }]);
    expect(parseLenientJson('{"@type":"Person" "name":"Mia Roth"}').values).toEqual([{ '@type': 'Person', name: 'Mia Roth' }]);
  });
  it('reports what it cannot read, and never throws', () => {
    const broken = parseLenientJson('{"name": "Samira" "jobTitle": {{{');
    expect(broken.values).toEqual([]);
    expect(broken.error).toMatch(/not valid JSON/);
    expect(parseLenientJson('   ').error).toBe('empty script');
    const partial = parseLenientJson('{"a":1} {"b": {{{ }');
    expect(partial.values).toEqual([{ a: 1 }]);
    expect(partial.error).toMatch(/1 of 2/);
    expect(() => parseLenientJson('}}}]]]')).not.toThrow();
  });
});
