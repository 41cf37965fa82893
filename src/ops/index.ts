// The operator registry with every kernel family loaded. Import operators from here.
import './pointwise';
import './unary';
import './reduction';
import './shape';
import './indexing';
import './creation';
import './random';
import './linalg';
import './sorting';
import './conv';
import './nn_functional';
import './dropout';
import './rnn_ops';
import './scatter';
import './einsum';
import './upsample';
import './scalar_ops';
import './containers';
import './compare';
import './order_stats';
import './rearrange';
import './loss';

export type { Kernel, OpEntry, OpStatus } from './registry';
export { allOps, lookupOp, opKey, overloadsOf, provideKernel, schemaName } from './registry';
export { callOp, bindArguments, schemaOf } from './call';
export { ivalueStr, toPyValue } from './pyvalue';
export { setPreferDevice } from './elementwise';
