import { describe, expect, it } from 'vitest';
import { compileRules, nodeHolds, scoreNode } from '../../../../src/domain/segments/compile-rules';
import { buildScoreProgram, runScoreProgram } from '../../../../src/domain/segments/score-program';
import type { Rule } from '../../../../src/domain/segments/segment-schema';

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

function randomRule(depth: number): Rule {
  if (depth === 0 || rnd() < 0.45) {
    return { type: 'tag', tags: [`t${Math.floor(rnd() * 6)}`], weight: Math.floor(rnd() * 4) * 10, not: rnd() < 0.2, required: rnd() < 0.2 };
  }
  const count = 1 + Math.floor(rnd() * 4);
  return { op: rnd() < 0.5 ? 'and' : 'or', not: rnd() < 0.25, required: rnd() < 0.2, rules: Array.from({ length: count }, () => randomRule(depth - 1)) };
}

describe('runScoreProgram', () => {
  it('agrees with the recursive reference on 500 random trees and leaf outcomes', () => {
    let requiredChecked = 0;
    for (let trial = 0; trial < 500; trial++) {
      const compiled = compileRules({ op: 'and', rules: [randomRule(4), randomRule(3)] });
      const program = buildScoreProgram(compiled.root);
      const n = compiled.leaves.length;
      const held = Uint8Array.from({ length: n }, () => (rnd() < 0.5 ? 1 : 0));
      const expectedCredit = new Float64Array(n);
      const expected = scoreNode(compiled.root, held, expectedCredit);
      const credit = new Float64Array(n);
      const truth = new Uint8Array(program.op.length);
      expect(runScoreProgram(program, held, credit, truth)).toBe(expected);
      expect([...credit]).toEqual([...expectedCredit]);
      requiredChecked += compiled.required.length;
      for (const check of compiled.required) expect(truth[program.indexOf.get(check.node)!] === 1).toBe(nodeHolds(check.node, held));
      expect(truth[program.op.length - 1] === 1).toBe(nodeHolds(compiled.root, held));
      expect(expected).toBeLessThanOrEqual(compiled.maxWeight);
    }
    expect(requiredChecked).toBeGreaterThan(100);
  });
});
