/**
 * Trace fidelity: for every trace case (the shared ones and ours), our traced `.code` against
 * the `code` PyTorch printed, and the node kinds of our `.graph` against PyTorch's. The runner
 * checks only outputs and warnings; this test keeps the IR pane honest. Cases listed in
 * tests/golden/trace/fidelity_exact.txt must match exactly; the report golden records the rest.
 * `.graph` is compared after normalising what comes from where the generator ran (value numbers,
 * file directories and line numbers, the `case_<name>` module and `___torch_mangle_N` counters);
 * cases listed in fidelity_graph_exact.txt must match so.
 * FIDELITY_DUMP=dir writes each case's expected and actual texts there for inspection.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindSimilarity, nodeKinds, requestOf } from '../api/conformance';
import type { ConformanceCase } from '../api/conformance';
import { compileEntry } from '../api/session';
import { printGraph } from '../ir/printer';
import { expectGolden } from '../testing/golden';

interface TraceCase extends ConformanceCase {
  readonly code?: string;
  readonly graph?: string;
}

const SHARED = '../shared/conformance/cases';
const OURS = 'tests/conformance/trace';
const EXACT_LIST = 'tests/golden/trace/fidelity_exact.txt';
const GRAPH_EXACT_LIST = 'tests/golden/trace/fidelity_graph_exact.txt';
const REPORT = 'tests/golden/trace/fidelity.report';

function loadCases(dir: string): TraceCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as TraceCase)
    .filter((c) => c.mode === 'trace' && c.code !== undefined);
}

interface Fidelity {
  readonly name: string;
  readonly codeExact: boolean;
  readonly graphExact: boolean;
  readonly similarity: number;
  readonly code: string;
  readonly graph: string;
}

function traceCase(c: TraceCase): Fidelity {
  const result = compileEntry(requestOf(c));
  const entry = result.entry;
  if (!entry) return { name: c.name, codeExact: false, graphExact: false, similarity: 0, code: '<no entry>', graph: '<no entry>' };
  const code = entry.code ?? '';
  return {
    name: c.name,
    codeExact: code.trimEnd() === (c.code ?? '').trimEnd(),
    graphExact: c.graph !== undefined && normalisedGraph(printGraph(entry.graph)) === normalisedGraph(c.graph),
    similarity: kindSimilarity(nodeKinds(entry.graph), c.node_kinds ?? {}),
    code,
    graph: printGraph(entry.graph),
  };
}

// What depends on where the generator ran, not on the trace: see the header.
function normalisedGraph(text: string): string {
  const names = new Map<string, string>();
  return text
    .replace(/# (?:\S*\/)?([^/\s]+\.py):\d+:\d+/g, '# $1')
    .replace(/__torch__\.case_\w+?\./g, '__torch__.')
    .replace(/___torch_mangle_\d+\./g, '')
    .replace(/%(\d+)\b/g, (_, n: string) => {
      if (!names.has(n)) names.set(n, `%v${names.size}`);
      return names.get(n)!;
    })
    .trim();
}

function listed(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

const cases = [...loadCases(SHARED), ...loadCases(OURS)];
const sharedPresent = existsSync(SHARED);

describe('trace fidelity against PyTorch 1.13', () => {
  it.skipIf(!sharedPresent)('keeps every case of the exact list printing PyTorch\'s .code', () => {
    const results = cases.map(traceCase);
    const dump = process.env.FIDELITY_DUMP;
    if (dump) {
      mkdirSync(dump, { recursive: true });
      for (const [i, r] of results.entries()) {
        const c = cases[i]!;
        writeFileSync(join(dump, `${r.name}.code.expected`), c.code ?? '');
        writeFileSync(join(dump, `${r.name}.code.actual`), r.code);
        writeFileSync(join(dump, `${r.name}.graph.expected`), c.graph ?? '');
        writeFileSync(join(dump, `${r.name}.graph.actual`), r.graph);
      }
    }
    const report = results.map((r) => `${r.codeExact ? 'EXACT' : 'DIFF '} ${r.graphExact ? 'GRAPH' : 'graph'} ${r.similarity.toFixed(3)} ${r.name}`).join('\n') + '\n';
    expectGolden(REPORT, report);
    const exact = new Set(results.filter((r) => r.codeExact).map((r) => r.name));
    expect(listed(EXACT_LIST).filter((name) => !exact.has(name))).toEqual([]);
    const graphExact = new Set(results.filter((r) => r.graphExact).map((r) => r.name));
    expect(listed(GRAPH_EXACT_LIST).filter((name) => !graphExact.has(name))).toEqual([]);
  });
});
