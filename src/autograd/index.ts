/**
 * Reverse-mode autograd over the operator registry: ops record Nodes (Note [The tape]) whose
 * backward formulas are data keyed by schema name (Note [Formulas as data]); `backward` runs them.
 */
import './formulas_pointwise';
import './formulas_shape';
import './formulas_linalg';
import './formulas_reduce';
import './formulas_loss';
import './formulas_nn';
import './formulas_rnn';
import './formulas_math';
import './formulas_more';

export { recordOp, recordCustom, hasFormula } from './record';
export type { Formula } from './graph';
export { AccumulateGrad, gradOf, setGrad, gradFnNode, setGradFn, bumpVersion } from './graph';
export type { Node } from './graph';

export { backward, grad, registerHook, retainGrad } from './api';
export { noteView, rebaseHistory, viewBaseOf } from './views';
