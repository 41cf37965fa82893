/**
 * The conformance runner: runs one case of ../shared/conformance (FORMAT.md) through the
 * same session code the playground uses, and says PASS or FAIL with a reason. Script cases
 * also report the node-kind similarity with PyTorch's graph.
 */
import type { Graph } from '../ir/graph';
import { decodeValue, compareValues, type Encoded } from './values';
import { compileEntry, type EntryRequest } from './session';

export interface ConformanceCase {
  readonly name: string;
  readonly source: string;
  readonly mode: 'script' | 'trace';
  readonly entry: string;
  readonly method?: string;
  readonly init_args?: readonly Encoded[];
  readonly params?: Readonly<Record<string, Encoded>>;
  readonly example_inputs?: readonly Encoded[];
  readonly runs?: readonly { readonly inputs: readonly Encoded[]; readonly output?: Encoded; readonly raises?: string }[];
  readonly error?: { readonly line: number; readonly message: string };
  readonly node_kinds?: Readonly<Record<string, number>>;
  readonly warnings?: readonly string[];
}

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly reason?: string;
  /** 1 - |multiset difference| / |union| of node kinds against PyTorch's `.graph`. */
  readonly similarity?: number;
  readonly millis: number;
}

/** Counts node kinds in a graph, nested blocks included (as `node_kinds` does). */
export function nodeKinds(graph: Graph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of graph.allNodes()) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  return counts;
}

/** 1 - |A Δ B| / |A ∪ B| over multisets of node kinds; 1 when both are empty. */
export function kindSimilarity(actual: ReadonlyMap<string, number>, expected: Readonly<Record<string, number>>): number {
  const kinds = new Set([...actual.keys(), ...Object.keys(expected)]);
  let difference = 0;
  let union = 0;
  for (const k of kinds) {
    const a = actual.get(k) ?? 0;
    const e = expected[k] ?? 0;
    difference += Math.abs(a - e);
    union += Math.max(a, e);
  }
  return union === 0 ? 1 : 1 - difference / union;
}

/** The session request that runs case `c` as the reference was made (decoded values, eval mode). */
export function requestOf(c: ConformanceCase): EntryRequest {
  return {
    source: c.source,
    fileName: `${c.name}.py`,
    mode: c.mode,
    entry: c.entry,
    ...(c.method ? { method: c.method } : {}),
    initArgs: (c.init_args ?? []).map(decodeValue),
    params: new Map(Object.entries(c.params ?? {}).map(([k, v]) => [k, decodeValue(v)])),
    exampleInputs: (c.example_inputs ?? []).map(decodeValue),
    // The reference cases were produced with modules in eval mode (see EntryRequest.evalMode).
    evalMode: true,
  };
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function runCaseBody(c: ConformanceCase): Omit<CaseResult, 'millis' | 'name'> {
  const compiled = compileEntry(requestOf(c));
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (c.error) {
    if (errors.length === 0) return { passed: false, reason: `expected a compile error on line ${c.error.line}, compiled fine` };
    const lines = errors.map((d) => d.range.start.line);
    if (!lines.includes(c.error.line)) {
      return { passed: false, reason: `error on line ${lines.join(', ')} (expected ${c.error.line}): ${errors[0]?.message ?? ''}` };
    }
    return { passed: true };
  }
  if (!compiled.entry) {
    const first = errors[0];
    return { passed: false, reason: first ? `line ${first.range.start.line}: ${first.message.split('\n')[0]}` : 'nothing compiled' };
  }
  const similarity =
    c.mode === 'script' && c.node_kinds ? kindSimilarity(nodeKinds(compiled.entry.graph), c.node_kinds) : undefined;
  const withSimilarity = similarity === undefined ? {} : { similarity };
  const expectedWarnings = (c.warnings ?? []).length > 0;
  if (c.mode === 'trace' && expectedWarnings !== compiled.warnings.length > 0) {
    return { passed: false, reason: `expected ${expectedWarnings ? 'a' : 'no'} TracerWarning`, ...withSimilarity };
  }
  for (const [i, run] of (c.runs ?? []).entries()) {
    let actual;
    try {
      actual = compiled.entry.call(run.inputs.map(decodeValue));
    } catch (e) {
      if (run.raises !== undefined) continue;
      return { passed: false, reason: `run ${i} raised ${describeError(e)}`, ...withSimilarity };
    }
    if (run.raises !== undefined) return { passed: false, reason: `run ${i} should raise ${run.raises}`, ...withSimilarity };
    const mismatch = compareValues(actual, run.output ?? null);
    if (mismatch) return { passed: false, reason: `run ${i}: ${mismatch}`, ...withSimilarity };
  }
  return { passed: true, ...withSimilarity };
}

/** Runs one case; never throws (a crash is a FAIL with its reason). */
export function runCase(c: ConformanceCase): CaseResult {
  const started = performance.now();
  let body: Omit<CaseResult, 'millis' | 'name'>;
  try {
    body = runCaseBody(c);
  } catch (e) {
    body = { passed: false, reason: `internal error: ${describeError(e).split('\n')[0]}` };
  }
  return { name: c.name, ...body, millis: performance.now() - started };
}

/** `PASS name` / `FAIL name: reason`, with the similarity for script cases. */
export function formatCaseResult(r: CaseResult): string {
  const sim = r.similarity === undefined ? '' : ` [node kinds ${r.similarity.toFixed(3)}]`;
  return r.passed ? `PASS ${r.name}${sim}` : `FAIL ${r.name}: ${r.reason ?? ''}${sim}`;
}
