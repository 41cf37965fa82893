/**
 * Note [Builtin functionals]: many `torch.nn.functional` functions are C++ builtins in PyTorch
 * 1.13 (`F.linear is torch._C._nn.linear`), so the Python frame the tracer sees when they record
 * is their caller's: the source location and the local names come from there. Ours are Python
 * functions of the nn library; their frames are skipped for the same answer.
 */
import type { TraceFrame, TraceHost } from './host';

const FUNCTIONAL_FILE = 'torch/nn/functional.py';

// torch/nn/functional.py 1.13: the names bound to torch.* / torch._C._nn.* builtins.
const BUILTIN_FUNCTIONALS = new Set([
  'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'conv_tbc',
  'avg_pool1d', 'avg_pool2d', 'avg_pool3d', 'linear', 'bilinear', 'hardtanh_', 'elu_', 'leaky_relu_',
  'rrelu_', 'relu_', 'logsigmoid', 'gelu', 'hardshrink', 'softplus', 'softshrink', 'pixel_shuffle',
  'pixel_unshuffle', 'channel_shuffle', 'pdist', 'cosine_similarity', 'one_hot', 'pairwise_distance',
  'pad', 'prelu',
]);

/** The innermost frame PyTorch would see as Python code (Note [Builtin functionals]). */
export function pythonFrame(host: TraceHost): TraceFrame | undefined {
  for (let i = host.frames.length - 1; i >= 0; i--) {
    const f = host.frames[i]!;
    if (f.fileName === FUNCTIONAL_FILE && f.funcName !== undefined && BUILTIN_FUNCTIONALS.has(f.funcName)) continue;
    return f;
  }
  return undefined;
}
