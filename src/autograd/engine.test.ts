import { describe, expect, it } from 'vitest';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { bindArguments, lookupOp, schemaOf } from '../ops/index';
import { backward, gradFnNode, gradOf, recordOp } from './index';

// The engine on hand-recorded ops (eager code records them through tagResult).
function leaf(values: number[]): Tensor {
  const t = Tensor.fromValues('float32', [values.length], values);
  t.requiresGrad = true;
  return t;
}

function run(name: string, args: Tensor[], extra: (bigint | number)[] = []): Tensor {
  const entry = lookupOp(name)!;
  const bound = bindArguments(schemaOf(entry), [...args, ...extra], new Map())!;
  const out = entry.kernel!(bound) as Tensor;
  out.requiresGrad = true;
  recordOp(name, 'TestBackward0', bound, [out], [out]);
  return out;
}

describe('backward', () => {
  it('sums the gradients of a tensor used twice and accumulates across calls', () => {
    const x = leaf([1, 2, 3]);
    const y = run('aten::sum', [run('aten::mul.Tensor', [x, x])]);
    backward([y], [null], true);
    expect(Array.from(gradOf(x)!.values())).toEqual([2, 4, 6]);
    const g = gradOf(x);
    backward([y], [null]);
    expect(gradOf(x)).toBe(g);
    expect(Array.from(g!.values())).toEqual([4, 8, 12]);
  });

  it('frees saved tensors unless retain_graph, but a node that saves none runs again', () => {
    const x = leaf([1, 2]);
    const y = run('aten::sum', [run('aten::mul.Tensor', [x, x])]);
    backward([y], [null]);
    expect(() => backward([y], [null])).toThrow(/backward through the graph a second time/);
    const z = run('aten::sum', [run('aten::add.Tensor', [x, x])]);
    backward([z], [null]);
    backward([z], [null]);
    expect(Array.from(gradOf(x)!.values())).toEqual([6, 8]);
  });

  it("raises PyTorch's errors for a tensor without history and a non-scalar without gradient", () => {
    const plain = Tensor.fromValues('float32', [2], [1, 2]);
    expect(() => backward([plain], [null])).toThrow('element 0 of tensors does not require grad and does not have a grad_fn');
    const x = leaf([1, 2]);
    const y = run('aten::mul.Scalar', [x], [3]);
    expect(() => backward([y], [null])).toThrow(new TorchError('RuntimeError', 'grad can be implicitly created only for scalar outputs'));
    const wrong = Tensor.fromValues('float32', [3], [1, 1, 1]);
    expect(() => backward([y], [wrong])).toThrow('Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of torch.Size([2]).');
  });

  it('reduces a broadcast gradient to the input shape and names the node', () => {
    const x = leaf([1, 2, 3]);
    const m = Tensor.fromValues('float32', [2, 3], [1, 2, 3, 4, 5, 6]);
    const y = run('aten::sum', [run('aten::mul.Tensor', [m, x])]);
    expect(gradFnNode(y)?.name).toBe('TestBackward0');
    backward([y], [null]);
    expect(Array.from(gradOf(x)!.values())).toEqual([5, 7, 9]);
  });
});
