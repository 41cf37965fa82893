// Runs IR graphs with runGraphAsync on the backend initBackend() chose (WebGPU in Chromium) and
// compares them with the synchronous interpreter on tfjs' cpu backend and with PyTorch's results.
import type { BackendInfo } from '../../src/runtime/backend';
import { initBackend, switchBackend } from '../../src/runtime/backend';
import { tf } from '../../src/runtime/tf';
import { parseIR } from '../../src/ir/parser';
import type { Graph } from '../../src/ir/graph';
import type { Encoded } from '../../src/api/values';
import { compareValues, encodeValue } from '../../src/api/values';
import type { IValue } from '../../src/runtime/ivalue';
import type { Tensor } from '../../src/runtime/tensor';
import type { TupleValue } from '../../src/runtime/ivalue';
import { compileGraphAsync, runGraph, runGraphAsync } from '../../src/runtime/interpreter';
import type { GraphCase } from '../../src/runtime/interpreter/cases';
import { SMALL_GRAPH, checkCase, smallGraphInputs } from '../../src/runtime/interpreter/cases';
import { setPreferDevice } from '../../src/ops/index';
import conformance from '../../tests/golden/interpreter/conformance_cases.json';
import mustPass from '../../tests/golden/interpreter/must_pass.json';

export interface GraphCheckResult {
  backend: BackendInfo;
  /** tfjs' active backend after the runs (synchronous code runs there). */
  tfBackend: string;
  /** Where the inputs' device copies live after the run: the backend that computed. */
  inputBackends: (string | undefined)[];
  maxDiff: number;
  values: number[];
  reference: number[];
  firstRunMs: number;
  warmRunMs: number;
  /** tf.memory().numTensors before and after 10 more runs. */
  numTensors: [number, number];
  /** Must-pass conformance cases run asynchronously: problems against PyTorch's results. */
  cases: number;
  problems: string[];
  /** Cases within 1e-3 of PyTorch but not within the usual 1e-4 (GPU transcendentals), with why. */
  approximate: string[];
  casesMs: number;
}

// SwiftShader's WebGPU sin/cos differ from PyTorch's by up to about 1.5e-4.
function near(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => near(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => near((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

const flat = (v: IValue): number[] => (v as TupleValue).elements.flatMap((t) => Array.from((t as Tensor).values()));

export async function graphCheck(): Promise<GraphCheckResult> {
  const backend = await initBackend();
  const graph = parseIR(SMALL_GRAPH);
  const inputs = smallGraphInputs();
  let start = performance.now();
  const values = flat(await runGraphAsync(graph, inputs));
  const firstRunMs = performance.now() - start;
  const inputBackends = inputs.map((t) => (t as Tensor).storage.deviceBackend);
  start = performance.now();
  const exe = compileGraphAsync(graph);
  await exe.run(inputs);
  const warmRunMs = performance.now() - start;
  const before = tf.memory().numTensors;
  for (let i = 0; i < 10; i++) await exe.run(inputs);
  const after = tf.memory().numTensors;
  const tfBackend = tf.getBackend();
  // The reference: the synchronous interpreter with host kernels and tfjs' cpu backend.
  await tf.setBackend('cpu');
  setPreferDevice(false);
  const reference = flat(runGraph(graph, smallGraphInputs()));
  setPreferDevice(null);
  switchBackend(tfBackend);
  const maxDiff = values.length !== reference.length ? Infinity : Math.max(...values.map((x, i) => Math.abs(x - reference[i]!)));
  const cases = (conformance as GraphCase[]).filter((c) => (mustPass as string[]).includes(c.name));
  const problems: string[] = [];
  const approximate: string[] = [];
  start = performance.now();
  for (const c of cases) {
    const compare = (a: IValue, e: Encoded): string | null => {
      const d = compareValues(a, e);
      if (d === null || !near(encodeValue(a), e)) return d;
      approximate.push(`${c.name}: ${d}`);
      return null;
    };
    const run = (g: Graph): ((ins: IValue[]) => Promise<IValue>) => {
      const exe = compileGraphAsync(g);
      return async (ins) => (await exe.run(ins))[0]!;
    };
    const p = await checkCase(c, run, compare);
    if (p !== null) problems.push(`${c.name}: ${p}`);
  }
  const casesMs = performance.now() - start;
  return { backend, tfBackend, inputBackends, maxDiff, values, reference, firstRunMs, warmRunMs, numTensors: [before, after], cases: cases.length, problems, approximate, casesMs };
}
