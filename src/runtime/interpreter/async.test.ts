// runGraphAsync on a backend without synchronous readback, faked in Node: WASM computes and is
// declared async-only, CPU runs the synchronous code (Note [Async readback]).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseIR } from '../../ir/parser';
import '../../ops';
import { setPreferDevice } from '../../ops';
import { activeBackend, initBackend, resetBackend, switchBackend, useCpuBackend } from '../backend';
import { TorchError } from '../errors';
import type { IValue } from '../ivalue';
import type { TupleValue } from '../ivalue';
import { NeedsDownload, Storage } from '../storage';
import { Tensor } from '../tensor';
import { tf } from '../tf';
import { StepBudgetExceeded, compileGraphAsync, failingNode, runGraph, runGraphAsync } from '.';
import type { GraphCase } from './cases';
import { SMALL_GRAPH, checkCase, smallGraphInputs } from './cases';

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

beforeAll(async () => {
  resetBackend();
  const info = await initBackend(['wasm', 'cpu'], { asyncReadback: ['wasm'] });
  expect(info).toMatchObject({ name: 'wasm', syncReadback: false, syncName: 'cpu', skipped: [] });
}, 60_000);

afterEach(() => {
  setPreferDevice(null);
  vi.restoreAllMocks();
});

afterAll(() => {
  resetBackend();
  useCpuBackend();
});


function flat(v: IValue): number[] {
  return (v as TupleValue).elements.flatMap((t) => Array.from((t as Tensor).values()));
}

describe('storage without synchronous readback', () => {
  test('host access throws NeedsDownload before any change; download() makes it readable', async () => {
    switchBackend('wasm');
    const t = Tensor.fromTf('float32', tf.tensor([1, 2, 3, 4], [2, 2]));
    switchBackend('cpu');
    expect(() => t.values()).toThrow(NeedsDownload);
    expect(() => t.fill_(0)).toThrow(NeedsDownload);
    expect(t.storage.needsDownload).toBe(true);
    await t.storage.download();
    expect(Array.from(t.values())).toEqual([1, 2, 3, 4]);
    // On cpu now: the device copy is moved through the host, never read synchronously from wasm.
    expect(Array.from(t.toTf().dataSync())).toEqual([1, 2, 3, 4]);
    expect(t.storage.deviceBackend).toBe('cpu');
  });
});

describe('runGraphAsync', () => {
  test('matches the synchronous interpreter on cpu, downloading and retrying nodes', async () => {
    const graph = parseIR(SMALL_GRAPH);
    const reference = flat(runGraph(graph, smallGraphInputs()));
    setPreferDevice(true);
    const downloads = vi.spyOn(Storage.prototype, 'download');
    const got = await runGraphAsync(graph, smallGraphInputs());
    expect(downloads).toHaveBeenCalled();
    expect(activeBackend()).toBe('cpu');
    const values = flat(got);
    expect(values.length).toBe(reference.length);
    for (let i = 0; i < values.length; i++) expect(Math.abs(values[i]! - reference[i]!)).toBeLessThanOrEqual(1e-5);
  });

  test('results are on the host and repeated runs leave no device tensors behind', async () => {
    setPreferDevice(true);
    const exe = compileGraphAsync(parseIR(SMALL_GRAPH));
    const inputs = smallGraphInputs();
    const first = await exe.run(inputs);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await exe.run(inputs);
    expect(tf.memory().numTensors).toBe(before);
    const out = first[0] as TupleValue;
    for (const t of out.elements) expect((t as Tensor).storage.hasHost).toBe(true);
  });

  test('concurrent runs do not interleave', async () => {
    setPreferDevice(true);
    const graph = parseIR(SMALL_GRAPH);
    const reference = flat(await runGraphAsync(graph, smallGraphInputs()));
    const runs = await Promise.all([0, 1, 2].map(() => runGraphAsync(graph, smallGraphInputs())));
    for (const r of runs) expect(flat(r)).toEqual(reference);
  });

  test('errors reject with the failing node, and the active backend is restored', async () => {
    setPreferDevice(true);
    const g = parseIR(`graph(%x : Tensor, %w : Tensor):
  %y : Tensor = aten::tanh(%x)
  %z : Tensor = aten::matmul(%y, %w)
  return (%z)
`);
    const err = await runGraphAsync(g, [seq([2, 3], Math.sin), seq([2, 3], Math.cos)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TorchError);
    expect(failingNode(err)?.kind).toBe('aten::matmul');
    expect(activeBackend()).toBe('cpu');
  });

  test('a runaway loop stops at the step budget', async () => {
    const g = parseIR(`graph(%n : int):
  %t : bool = prim::Constant[value=1]()
  %one : int = prim::Constant[value=1]()
  %max : int = prim::Constant[value=9223372036854775807]()
  %s : int = prim::Loop(%max, %t, %n)
    block0(%i : int, %a.1 : int):
      %a.2 : int = aten::add(%a.1, %one)
      -> (%t, %a.2)
  return (%s)
`);
    await expect(runGraphAsync(g, [0n], { stepBudget: 1000 })).rejects.toThrow(StepBudgetExceeded);
  });
});

const root = join(__dirname, '../../../tests/golden');
const read = (path: string): GraphCase[] => JSON.parse(readFileSync(join(root, path), 'utf8')) as GraphCase[];
const mustPass = new Set(JSON.parse(readFileSync(join(root, 'interpreter/must_pass.json'), 'utf8')) as string[]);

describe('runGraphAsync on graphs with PyTorch results', () => {
  test('the oracle cases and the must-pass conformance cases, with tfjs kernels forced', async () => {
    setPreferDevice(true);
    const downloads = vi.spyOn(Storage.prototype, 'download');
    const cases = [...read('code/oracle_cases.json'), ...read('interpreter/conformance_cases.json').filter((c) => mustPass.has(c.name))];
    const problems: string[] = [];
    for (const c of cases) {
      const p = await checkCase(c, (g) => {
        const exe = compileGraphAsync(g);
        return async (inputs) => (await exe.run(inputs))[0]!;
      });
      if (p !== null) problems.push(`${c.name}: ${p}`);
    }
    expect(problems).toEqual([]);
    expect(downloads.mock.calls.length).toBeGreaterThan(cases.length);
  }, 60_000);
});
