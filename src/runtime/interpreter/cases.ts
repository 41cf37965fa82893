// Test support (unit and browser tests): graphs with the results PyTorch gave (conformance and oracle cases), checked
// against any way of running them (the synchronous or the asynchronous interpreter).
import { parseIR } from '../../ir/parser';
import type { Graph } from '../../ir/graph';
import type { Encoded } from '../../api/values';
import { compareValues, decodeValue } from '../../api/values';
import type { IValue } from '../ivalue';
import { Tensor } from '../tensor';
import { moduleObject } from './module';

export interface GraphCase {
  name: string;
  graph: string;
  params?: Record<string, Encoded> | null;
  runs: { inputs: Encoded[]; output?: Encoded; raises?: string }[];
}

/** Compares a result with PyTorch's; null when it matches, else what differs. */
export type Compare = (actual: IValue, expected: Encoded) => string | null;

/** Runs every run of a case through `compile(graph)`; null when all match, else the first problem. */
export async function checkCase(
  c: GraphCase,
  compile: (g: Graph) => (inputs: IValue[]) => IValue | Promise<IValue>,
  compare: Compare = (a, e) => compareValues(a, e),
): Promise<string | null> {
  const graph = parseIR(c.graph);
  const run = compile(graph);
  const isModule = graph.inputs[0]?.type.kind === 'Class';
  for (const [i, r] of c.runs.entries()) {
    const inputs: IValue[] = r.inputs.map(decodeValue);
    if (isModule) {
      const state = Object.fromEntries(Object.entries(c.params ?? {}).map(([k, v]) => [k, decodeValue(v)]));
      inputs.unshift(moduleObject(graph.inputs[0]!.type.str(), state));
    }
    let out: IValue;
    try {
      out = await run(inputs);
    } catch (e) {
      if (r.raises !== undefined) continue;
      return `run ${i}: ${(e as Error).message.split('\n')[0]}`;
    }
    if (r.raises !== undefined) return `run ${i}: expected ${r.raises}`;
    const d = compare(out, r.output ?? null);
    if (d) return `run ${i}: ${d}`;
  }
  return null;
}

// matmul + add + tanh, strided writes into the device result (a fill through a step-2 slice, an
// in-place add through a row), a branch on a tensor value, and a loop accumulating in place.
export const SMALL_GRAPH = `graph(%x : Tensor, %w : Tensor, %b : Tensor):
  %zero : int = prim::Constant[value=0]()
  %one : int = prim::Constant[value=1]()
  %two : int = prim::Constant[value=2]()
  %three : int = prim::Constant[value=3]()
  %true : bool = prim::Constant[value=1]()
  %none : NoneType = prim::Constant()
  %half : float = prim::Constant[value=0.5]()
  %mm : Tensor = aten::matmul(%x, %w)
  %y : Tensor = aten::add(%mm, %b, %one)
  %t : Tensor = aten::tanh(%y)
  %sl : Tensor = aten::slice(%t, %one, %none, %none, %two)
  %f : Tensor = aten::fill_(%sl, %half)
  %row : Tensor = aten::select(%t, %zero, %one)
  %r2 : Tensor = aten::add_(%row, %one, %one)
  %s : Tensor = aten::sum(%t, %none)
  %pos : Tensor = aten::gt(%s, %zero)
  %c : bool = aten::Bool(%pos)
  %u : Tensor = prim::If(%c)
    block0():
      -> (%t)
    block1():
      %n : Tensor = aten::neg(%t)
      -> (%n)
  %acc : Tensor = prim::Loop(%three, %true, %u)
    block0(%i : int, %a.1 : Tensor):
      %a.2 : Tensor = aten::mul(%a.1, %half)
      %a.3 : Tensor = aten::add_(%a.2, %t, %one)
      -> (%true, %a.3)
  %out : (Tensor, Tensor) = prim::TupleConstruct(%acc, %s)
  return (%out)
`;

/** Inputs of SMALL_GRAPH: x [3, 4], w [4, 5], b [5]. */
export function smallGraphInputs(): IValue[] {
  const seq = (shape: number[], f: (i: number) => number): Tensor =>
    Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));
  return [seq([3, 4], (i) => Math.sin(i)), seq([4, 5], (i) => Math.cos(i * 0.7)), seq([5], (i) => i / 5 - 0.5)];
}
