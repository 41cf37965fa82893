import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { formatRange } from './dump';
import { parse } from './parser';
import { walk } from './walk';

const GOLDEN_DIR = join(import.meta.dirname, '../../tests/golden/lang');

/** Nodes CPython gives no location; type comments and f-string insides are skipped too (see cpython/ranges.py). */
const UNLOCATED = new Set(['Module', 'arguments', 'comprehension', 'withitem']);

function ourRanges(source: string): string[] {
  const out = new Set<string>();
  const typeComments = new Set<Node>();
  walk(parse(source).module, (n) => {
    if (n.kind === 'Assign' && n.typeComment) walk(n.typeComment, (c) => void typeComments.add(c));
    if (n.kind === 'FunctionType' || typeComments.has(n)) return false;
    if (!UNLOCATED.has(n.kind)) out.add(`${n.kind} ${formatRange(n.range)}`);
    return n.kind !== 'JoinedStr';
  });
  return [...out].sort();
}

describe('ranges agree with CPython 3.11 ast', () => {
  const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.ranges'));
  it('has reference data', () => expect(files.length).toBeGreaterThan(3));
  for (const file of files) {
    it(file, () => {
      const program = join(GOLDEN_DIR, file.replace(/\.ranges$/, '.py'));
      expect(existsSync(program)).toBe(true);
      const expected = readFileSync(join(GOLDEN_DIR, file), 'utf8').trimEnd().split('\n');
      expect(ourRanges(readFileSync(program, 'utf8'))).toEqual(expected);
    });
  }
});
