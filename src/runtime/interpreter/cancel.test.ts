// Note [Cancelled runs]: a run stops at its next await after cancelRuns(), and later runs are unaffected.
// Faked in Node as in async.test.ts: WASM computes and is declared async-only, CPU runs the synchronous code.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseIR } from '../../ir/parser';
import '../../ops';
import { setPreferDevice } from '../../ops';
import { initBackend, resetBackend, useCpuBackend } from '../backend';
import { RunCancelled, cancelRuns, runGraphAsync } from '.';
import { SMALL_GRAPH, smallGraphInputs } from './cases';

beforeAll(async () => {
  resetBackend();
  await initBackend(['wasm', 'cpu'], { asyncReadback: ['wasm'] });
  setPreferDevice(true);
}, 60_000);

afterAll(() => {
  setPreferDevice(null);
  resetBackend();
  useCpuBackend();
});

test('a run cancelled while it awaits a download rejects with RunCancelled; the next run completes', async () => {
  const graph = parseIR(SMALL_GRAPH);
  const run = runGraphAsync(graph, smallGraphInputs());
  // The run is now waiting for its first download (the interpreter suspended itself).
  cancelRuns();
  await expect(run).rejects.toBeInstanceOf(RunCancelled);
  await expect(runGraphAsync(graph, smallGraphInputs())).resolves.toBeDefined();
});
