/** The examples menu: programs from PyTorch's TorchScript tutorial and docs, each checked with PyTorch 1.13. */
import type { Mode } from '../../api/types';
import attention from './attention.py?raw';
import decisionGate from './decision_gate.py?raw';
import fillRowZero from './fill_row_zero.py?raw';
import fooLoop from './foo_loop.py?raw';
import loopInTracedFn from './loop_in_traced_fn.py?raw';
import lstm from './lstm.py?raw';
import mixing from './mixing.py?raw';
import mycellScript from './mycell_script.py?raw';
import mycellTrace from './mycell_trace.py?raw';
import resnet from './resnet.py?raw';

export interface Example {
  readonly id: string;
  readonly title: string;
  readonly mode: Mode;
  /** The entry to show; null picks the last one defined. */
  readonly entry: string | null;
  readonly source: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'mycell-trace', title: 'MyCell, traced', mode: 'trace', entry: 'MyCell', source: mycellTrace },
  { id: 'mycell-script', title: 'MyCell with MyDecisionGate, scripted', mode: 'script', entry: 'MyCell', source: mycellScript },
  { id: 'decision-gate', title: 'MyDecisionGate: trace vs script', mode: 'script', entry: 'MyDecisionGate', source: decisionGate },
  { id: 'foo-loop', title: 'foo(len): a loop with a branch', mode: 'script', entry: 'foo', source: fooLoop },
  { id: 'loop-in-traced-fn', title: 'loop_in_traced_fn with check_inputs', mode: 'trace', entry: 'loop_in_traced_fn', source: loopInTracedFn },
  { id: 'fill-row-zero', title: 'fill_row_zero: in-place and random', mode: 'trace', entry: 'fill_row_zero', source: fillRowZero },
  { id: 'mixing', title: 'Mixing tracing and scripting', mode: 'trace', entry: 'WrapRNN', source: mixing },
  { id: 'resnet18', title: 'ResNet-18', mode: 'script', entry: 'ResNet18', source: resnet },
  { id: 'attention', title: 'Self-attention block', mode: 'script', entry: 'SelfAttention', source: attention },
  { id: 'lstm', title: 'LSTM with a time loop', mode: 'script', entry: 'LSTM', source: lstm },
];

export const DEFAULT_EXAMPLE = EXAMPLES[1]!;
