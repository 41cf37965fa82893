import { parse } from '../lang/parser';
import { toApiDiagnostic } from './diagnostics';
import { chooseEntry, findEntries } from './entries';
import type { AnalyzeRequest, AnalyzeResult } from './types';

/**
 * The one call the playground and the CLI make: parse the program, find its entries,
 * and (as the later stages land) run its module-level code, compile or trace the
 * entry, and run it on the example inputs. Never throws on user input.
 */
export function analyze(request: AnalyzeRequest): AnalyzeResult {
  const timings: Record<string, number> = {};
  const started = performance.now();
  const fileName = request.fileName ?? 'main.py';
  const { module, diagnostics } = parse(request.source, fileName);
  timings.parse = performance.now() - started;
  const entries = findEntries(module);
  const entry = chooseEntry(entries, request.entry);
  return {
    entries,
    entry: entry?.name ?? null,
    mode: request.mode,
    diagnostics: diagnostics.map((d) => toApiDiagnostic(d, 'parse')),
    stdout: '',
    backend: 'none',
    timings,
  };
}
