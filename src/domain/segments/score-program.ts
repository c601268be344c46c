// The scoring of a compiled rule tree, flattened into a post-order program run by one loop: no recursion and no
// calls per node, which matters when 100,000 prospects meet 50 segments. Same rules as scoreNode/nodeHolds in
// compile-rules.ts (which stay as the readable reference and are checked against this in tests).
import type { CompiledNode } from './compile-rules';

const LEAF = 0;
const AND = 1;
const OR = 2;

export interface ScoreProgram {
  /** One instruction per node, children before parents; the last is the root. */
  op: Uint8Array;
  /** LEAF: the leaf index. AND/OR: the number of children. */
  arg: Int32Array;
  /** LEAF: its weight. */
  weight: Float64Array;
  /** OR: where its children's leaf ranges start in `ranges` (pairs start, end). */
  rangeAt: Int32Array;
  ranges: Int32Array;
  /** Instruction index of each compiled node, for required checks. */
  indexOf: Map<CompiledNode, number>;
}

export function buildScoreProgram(root: CompiledNode): ScoreProgram {
  const op: number[] = [];
  const arg: number[] = [];
  const weight: number[] = [];
  const rangeAt: number[] = [];
  const ranges: number[] = [];
  const indexOf = new Map<CompiledNode, number>();
  const emit = (node: CompiledNode) => {
    if (node.kind === 'leaf') {
      op.push(LEAF);
      arg.push(node.index);
      weight.push(node.weight);
      rangeAt.push(-1);
    } else {
      for (const child of node.children) emit(child);
      op.push(node.op === 'and' ? AND : OR);
      arg.push(node.children.length);
      weight.push(0);
      rangeAt.push(ranges.length);
      for (const child of node.children) {
        if (child.kind === 'leaf') ranges.push(child.index, child.index + 1);
        else ranges.push(child.start, child.end);
      }
    }
    indexOf.set(node, op.length - 1);
  };
  emit(root);
  return {
    op: Uint8Array.from(op),
    arg: Int32Array.from(arg),
    weight: Float64Array.from(weight),
    rangeAt: Int32Array.from(rangeAt),
    ranges: Int32Array.from(ranges),
    indexOf,
  };
}

let valueStack = new Float64Array(64);
let truthStack = new Uint8Array(64);

/**
 * Runs the program: returns the points earned, writes each leaf's credit into `credit` and each node's truth into
 * `truth` (indexed like the instructions).
 */
export function runScoreProgram(p: ScoreProgram, held: Uint8Array, credit: Float64Array, truth: Uint8Array): number {
  const { op, arg, weight, rangeAt, ranges } = p;
  const n = op.length;
  if (valueStack.length < n) {
    valueStack = new Float64Array(n * 2);
    truthStack = new Uint8Array(n * 2);
  }
  const values = valueStack;
  const truths = truthStack;
  let sp = 0;
  for (let pc = 0; pc < n; pc++) {
    const kind = op[pc]!;
    if (kind === LEAF) {
      const leaf = arg[pc]!;
      const h = held[leaf]!;
      const v = h ? weight[pc]! : 0;
      credit[leaf] = v;
      values[sp] = v;
      truths[sp] = h;
      truth[pc] = h;
      sp++;
    } else if (kind === AND) {
      const base = sp - arg[pc]!;
      let sum = 0;
      let t = 1;
      for (let j = base; j < sp; j++) {
        sum += values[j]!;
        t &= truths[j]!;
      }
      values[base] = sum;
      truths[base] = t;
      truth[pc] = t;
      sp = base + 1;
    } else {
      const k = arg[pc]!;
      const base = sp - k;
      let best = -1;
      let bestChild = -1;
      let t = 0;
      for (let j = base; j < sp; j++) {
        if (values[j]! > best) {
          best = values[j]!;
          bestChild = j - base;
        }
        t |= truths[j]!;
      }
      // Only the best alternative is credited; on a tie the first.
      const at = rangeAt[pc]!;
      for (let c = 0; c < k; c++) {
        if (c === bestChild) continue;
        for (let leaf = ranges[at + 2 * c]!, end = ranges[at + 2 * c + 1]!; leaf < end; leaf++) credit[leaf] = 0;
      }
      values[base] = best > 0 ? best : 0;
      truths[base] = t;
      truth[pc] = t;
      sp = base + 1;
    }
  }
  return values[0]!;
}
