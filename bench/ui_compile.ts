/**
 * Edit-to-IR latency without the browser: analyze() on a 100-line program (a module with
 * submodules, loops, branches and helper functions), warm, split into its stages.
 * Run: npx tsx bench/ui_compile.ts
 */
import { analyze } from '../src/api/analyze';
import type { Mode } from '../src/api/types';
import { hundredLineProgram } from './program100';

const source = hundredLineProgram();
const lines = source.split('\n').length - 1;
for (const mode of ['script', 'trace'] as Mode[]) {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < 12; i++) {
    const started = performance.now();
    const r = analyze({ source, mode });
    if (!r.graph) throw new Error(`no graph: ${r.diagnostics.map((d) => d.message).join('\n')}`);
    runs.push({ ...r.timings, total: performance.now() - started });
  }
  const warm = runs.slice(2);
  const median = (key: string): string => {
    const xs = warm.map((t) => t[key] ?? 0).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!.toFixed(1);
  };
  const stages = Object.keys(warm[0]!).map((k) => `${k} ${median(k)}`).join(', ');
  console.log(`${lines}-line program, ${mode}: first run ${runs[0]!.total!.toFixed(0)} ms; warm medians (ms): ${stages}`);
}
