import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformancePrograms } from './conformance-corpus';
import { dumpAst } from './dump';
import { mutate, prng } from './mutate';
import { parse } from './parser';

const GOLDEN_DIR = join(import.meta.dirname, '../../tests/golden/lang');
const MUTATIONS_PER_PROGRAM = 80;
/** Generous for a 2-core machine shared by several jobs; a hang or blow-up takes far longer. */
const MAX_MS_PER_INPUT = 250;

const seeds = [
  ...conformancePrograms(),
  ...readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => ({ name: f, source: readFileSync(join(GOLDEN_DIR, f), 'utf8') })),
];

describe('the parser on mutated programs', () => {
  it('never throws, never reports an internal error, stays in range and returns quickly', () => {
    let inputs = 0;
    let withErrors = 0;
    seeds.forEach(({ name, source }, p) => {
      const rnd = prng(1000 + p);
      for (let k = 0; k < MUTATIONS_PER_PROGRAM; k++) {
        const input = mutate(source, rnd);
        const where = `${name} mutation ${k} (seed ${1000 + p})`;
        const t0 = performance.now();
        const { module, diagnostics } = parse(input, name);
        const ms = performance.now() - t0;
        expect(ms, where).toBeLessThan(MAX_MS_PER_INPUT);
        expect(
          diagnostics.filter((d) => d.code === 'lang/internal-error'),
          where,
        ).toEqual([]);
        for (const d of diagnostics) {
          expect(
            d.range.start.offset <= d.range.end.offset && d.range.end.offset <= input.length,
            where,
          ).toBe(true);
        }
        expect(dumpAst(module).length).toBeGreaterThan(0);
        inputs++;
        if (diagnostics.length > 0) withErrors++;
      }
    });
    expect(inputs).toBeGreaterThan(2000);
    // Most mutations break the program; if few did, the mutator is too timid to test recovery.
    expect(withErrors / inputs).toBeGreaterThan(0.5);
  });

  it('survives hostile inputs', () => {
    const hostile = [
      '',
      '\n\n\n',
      '\\',
      '('.repeat(100000),
      '['.repeat(300) + ']'.repeat(300),
      'x = ' + '1 + '.repeat(20000) + '1',
      'if x:\n' + ' '.repeat(4).repeat(1) + 'pass\n'.repeat(10000),
      Array.from({ length: 150 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n'),
      'f"' + '{'.repeat(1000) + '"',
      '"' + '\\'.repeat(10001),
      'x = """' + 'a'.repeat(100000),
      '\t \t\f \n'.repeat(1000),
      'def f(' + 'a, '.repeat(5000) + '): pass',
      'lambda: '.repeat(3000) + '0',
      'x' + '.y'.repeat(5000),
      'x = ' + 'a if b else '.repeat(3000) + 'c',
      'elif else except finally\n'.repeat(100),
      '\r\n\r'.repeat(100) + 'x = 1\r',
      '\ud800\udfff\u0000\u2028',
    ];
    for (const input of hostile) {
      const t0 = performance.now();
      const { diagnostics } = parse(input);
      expect(performance.now() - t0, input.slice(0, 40)).toBeLessThan(2000);
      expect(
        diagnostics.filter((d) => d.code === 'lang/internal-error'),
        input.slice(0, 40),
      ).toEqual([]);
    }
  });
});
