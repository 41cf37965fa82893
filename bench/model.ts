// A small conv net run repeatedly inside memory scopes: live tfjs tensors must not grow.
import { tf } from '../src/runtime/tf';
import { Tensor } from '../src/runtime/tensor';
import { evictToHost, withScope } from '../src/runtime/memory';
import { ScriptObject } from '../src/runtime/ivalue';
import { callOp } from '../src/ops/index';

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

/** Runs conv2d -> relu -> mean -> linear -> tanh `runs` times; reports live tensors and time per run. */
export function modelMemory(runs: number): { runs: number; numTensorsBefore: number; numTensorsAfter: number; msPerRun: number; outputStable: boolean } {
  const weight = seq([8, 3, 3, 3], (i) => Math.sin(i) * 0.2);
  const fc = seq([4, 8], (i) => Math.cos(i) * 0.3);
  const bias = seq([4], (i) => i / 10);
  const input = seq([2, 3, 8, 8], (i) => (i % 17) / 17);
  const model = new ScriptObject('Net');
  const forward = (): Tensor => {
    const y = callOp('aten::conv2d', [input, weight], { padding: 1n }) as Tensor;
    const z = callOp('aten::relu', [callOp('aten::mean', [y, [2n, 3n]])]) as Tensor;
    const out = callOp('aten::linear', [z, fc, bias]) as Tensor;
    // A buffer updated in forward escapes the scope by mutation (passed in `keep`).
    model.attributes.set('last', callOp('aten::sigmoid', [out]));
    return callOp('aten::tanh', [out]) as Tensor;
  };
  const run = (): number[] => {
    const out = withScope(forward, [model]);
    evictToHost([out, model]);
    return Array.from(out.values());
  };
  const first = run();
  const numTensorsBefore = tf.memory().numTensors;
  const start = performance.now();
  let last = first;
  for (let i = 0; i < runs; i++) last = run();
  const msPerRun = (performance.now() - start) / runs;
  return {
    runs,
    numTensorsBefore,
    numTensorsAfter: tf.memory().numTensors,
    msPerRun: Math.round(msPerRun * 1000) / 1000,
    outputStable: last.every((v, i) => v === first[i]),
  };
}
