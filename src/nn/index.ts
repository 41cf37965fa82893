// The torch.nn library as Python source files, in load order (each may import the ones before it).
import { FUNCTIONAL_SOURCE } from './functional';
import { LINEAR_SOURCE } from './linear';
import { CONV_SOURCE } from './conv';
import { ACTIVATION_SOURCE } from './activation';
import { BATCHNORM_SOURCE, NORMALIZATION_SOURCE } from './normalization';
import { POOLING_SOURCE } from './pooling';
import { DROPOUT_SOURCE, FLATTEN_SOURCE, SPARSE_SOURCE } from './misc';
import { CONTAINER_SOURCE } from './container';
import { RNN_SOURCE } from './rnn';
import { MULTIHEAD_ATTENTION_SOURCE, TRANSFORMER_SOURCE } from './transformer';
import { UPSAMPLING_SOURCE } from './upsampling';
import { LOSS_SOURCE } from './loss';
import { ACTIVATION_MORE_SOURCE, EMBEDDING_BAG_SOURCE, INSTANCENORM_SOURCE, LOSS_MORE_SOURCE, POOLING_MORE_SOURCE } from './modules_more';

/** One library file: the Python module it defines, a file name for tracebacks, and its text. */
export interface NnSourceFile {
  readonly moduleName: string;
  readonly fileName: string;
  readonly source: string;
}

function file(moduleName: string, source: string): NnSourceFile {
  return { moduleName, fileName: `${moduleName.replace(/\./g, '/')}.py`, source };
}

// Note [nn in the TorchScript language]: these are PyTorch 1.13's modules written as Python, so the
// eager interpreter runs them and the script compiler compiles them exactly like user code.
export const NN_LIBRARY: readonly NnSourceFile[] = [
  file('torch.nn.functional', FUNCTIONAL_SOURCE),
  file('torch.nn.modules.linear', LINEAR_SOURCE),
  file('torch.nn.modules.conv', CONV_SOURCE),
  file('torch.nn.modules.batchnorm', BATCHNORM_SOURCE),
  file('torch.nn.modules.normalization', NORMALIZATION_SOURCE),
  file('torch.nn.modules.instancenorm', INSTANCENORM_SOURCE),
  file('torch.nn.modules.pooling', POOLING_SOURCE + POOLING_MORE_SOURCE),
  file('torch.nn.modules.dropout', DROPOUT_SOURCE),
  file('torch.nn.modules.flatten', FLATTEN_SOURCE),
  file('torch.nn.modules.sparse', SPARSE_SOURCE + EMBEDDING_BAG_SOURCE),
  // Module paths are PyTorch's (traced types print them): MultiheadAttention is in activation.py.
  file('torch.nn.modules.activation', ACTIVATION_SOURCE + ACTIVATION_MORE_SOURCE + MULTIHEAD_ATTENTION_SOURCE),
  file('torch.nn.modules.container', CONTAINER_SOURCE),
  file('torch.nn.modules.rnn', RNN_SOURCE),
  file('torch.nn.modules.transformer', TRANSFORMER_SOURCE),
  file('torch.nn.modules.upsampling', UPSAMPLING_SOURCE),
  file('torch.nn.modules.loss', LOSS_SOURCE + LOSS_MORE_SOURCE),
];
