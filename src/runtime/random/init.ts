/**
 * The default parameter initialisation of torch.nn modules (`torch/nn/init.py`
 * and each module's `reset_parameters`), drawing from a generator exactly as
 * PyTorch 1.13 does. Bounds are computed in double, like Python's floats.
 */
import { normalFill, numelOf, uniformFill } from './distributions';
import { defaultGenerator, type Generator } from './generator';

/** `torch.nn.init._calculate_fan_in_and_fan_out`. */
export function calculateFanInAndFanOut(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length < 2) {
    throw new RangeError('Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  }
  const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[1]! * receptive, fanOut: shape[0]! * receptive };
}

/** `torch.nn.init.calculate_gain` for the nonlinearities PyTorch 1.13 knows. */
export function calculateGain(nonlinearity: string, param?: number): number {
  switch (nonlinearity) {
    case 'linear':
    case 'conv1d':
    case 'conv2d':
    case 'conv3d':
    case 'conv_transpose1d':
    case 'conv_transpose2d':
    case 'conv_transpose3d':
    case 'sigmoid':
      return 1;
    case 'tanh':
      return 5.0 / 3;
    case 'relu':
      return Math.sqrt(2.0);
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      // Python evaluates `negative_slope ** 2`; squaring is exact-rounded either way.
      return Math.sqrt(2.0 / (1 + slope * slope));
    }
    case 'selu':
      return 3.0 / 4;
    default:
      throw new RangeError(`Unsupported nonlinearity ${nonlinearity}`);
  }
}

/** Options of `kaiming_uniform_`. */
export interface KaimingOptions {
  a?: number;
  mode?: 'fan_in' | 'fan_out';
  nonlinearity?: string;
}

/** The bound `kaiming_uniform_` samples within: `sqrt(3) * gain / sqrt(fan)`. */
export function kaimingUniformBound(shape: readonly number[], options: KaimingOptions = {}): number {
  const { fanIn, fanOut } = calculateFanInAndFanOut(shape);
  const fan = (options.mode ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
  const gain = calculateGain(options.nonlinearity ?? 'leaky_relu', options.a ?? 0);
  const std = gain / Math.sqrt(fan);
  return Math.sqrt(3.0) * std;
}

/** `torch.nn.init.kaiming_uniform_` on a new float32 tensor of `shape`. */
export function kaimingUniform(shape: readonly number[], options: KaimingOptions = {}, gen: Generator = defaultGenerator()): Float32Array {
  const bound = kaimingUniformBound(shape, options);
  return uniform(shape, -bound, bound, gen);
}

/** `torch.empty(shape).uniform_(from, to)` in float32. */
export function uniform(shape: readonly number[], from: number, to: number, gen: Generator = defaultGenerator()): Float32Array {
  const out = new Float32Array(numelOf(shape));
  uniformFill(out, from, to, gen);
  return out;
}

/** `torch.empty(shape).normal_(mean, std)` in float32. */
export function normal(shape: readonly number[], mean = 0, std = 1, gen: Generator = defaultGenerator()): Float32Array {
  const out = new Float32Array(numelOf(shape));
  normalFill(out, mean, std, gen);
  return out;
}

/** Parameters of a Linear or ConvNd after `reset_parameters`. */
export interface WeightAndBias {
  weight: Float32Array;
  bias: Float32Array | null;
}

/**
 * `reset_parameters` of nn.Linear and nn.Conv1d/2d/3d: kaiming_uniform_ with
 * a = sqrt(5) on the weight, then uniform(-1/sqrt(fan_in), 1/sqrt(fan_in))
 * on the bias of length `weightShape[0]`.
 */
export function linearLikeInit(weightShape: readonly number[], bias: boolean, gen: Generator = defaultGenerator()): WeightAndBias {
  const weight = kaimingUniform(weightShape, { a: Math.sqrt(5) }, gen);
  if (!bias) return { weight, bias: null };
  const { fanIn } = calculateFanInAndFanOut(weightShape);
  const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
  return { weight, bias: uniform([weightShape[0]!], -bound, bound, gen) };
}

/** `nn.Embedding.reset_parameters`: normal_(0, 1), the padding row zeroed. */
export function embeddingInit(numEmbeddings: number, embeddingDim: number, paddingIdx: number | null = null, gen: Generator = defaultGenerator()): Float32Array {
  const weight = normal([numEmbeddings, embeddingDim], 0, 1, gen);
  if (paddingIdx !== null) {
    const row = paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
    weight.fill(0, row * embeddingDim, (row + 1) * embeddingDim);
  }
  return weight;
}

/**
 * `RNNBase.reset_parameters` (RNN, LSTM, GRU): every parameter, in
 * registration order, drawn from uniform(-1/sqrt(hidden), 1/sqrt(hidden)).
 */
export function rnnInit(paramShapes: readonly (readonly number[])[], hiddenSize: number, gen: Generator = defaultGenerator()): Float32Array[] {
  const stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
  return paramShapes.map((shape) => uniform(shape, -stdv, stdv, gen));
}
