// The tracer driven like the eager interpreter drives it, on the trace-mode conformance programs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../testing/golden';
import { verifyGraph } from '../ir/verifier';
import type { Graph } from '../ir/graph';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { recordTrace, traceConversion } from './tracer';
import { jitTrace } from './jit_trace';
import { TracingCheckError } from './check';
import { TracedFunction, tracedModuleOf } from './traced';
import { FakeHost, FakeModule, decodeTensor, linear, op, t } from './fixture.test_util';

const CASES = '/work/shared/conformance/cases';
const GOLDEN = 'tests/golden/trace';

interface Case {
  graph: string;
  node_kinds: Record<string, number>;
  inlined_node_kinds?: Record<string, number>;
  example_inputs: unknown[];
  params?: Record<string, unknown>;
  runs: { inputs: unknown[]; output?: unknown; raises?: string }[];
  warnings: string[];
}

function loadCase(name: string): Case {
  return JSON.parse(readFileSync(`${CASES}/${name}.json`, 'utf8')) as Case;
}

function nodeKinds(g: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of g.allNodes()) out[n.kind] = (out[n.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function close(actual: IValue, expected: unknown): void {
  if (actual instanceof TupleValue) {
    const items = (expected as { tuple: unknown[] }).tuple;
    actual.elements.forEach((e, i) => close(e, items[i]));
    return;
  }
  const want = decodeTensor(expected);
  const got = t(actual);
  expect(got.shape).toEqual(want.shape);
  const a = got.values();
  const b = want.values();
  for (let i = 0; i < b.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(b[i]!));
}

function checkRuns(c: Case, run: (inputs: IValue[]) => IValue): void {
  for (const r of c.runs) {
    const inputs = r.inputs.map(decodeTensor);
    if (r.raises) expect(() => run(inputs)).toThrow();
    else close(run(inputs), r.output);
  }
}

function loopInTracedFn(host: FakeHost, file = 'main.py', first = 3) {
  return {
    name: 'loop_in_traced_fn',
    argNames: ['x'],
    call: ([x]: readonly IValue[]) =>
      host.inFrame(file, (f) => {
        f.set('x', x);
        f.at(first).set('result', op('aten::select', [x!, 0n, 0n]));
        const n = op('aten::size', [x!, 0n]);
        const count = n instanceof Tensor ? n.item() : Number(n);
        for (let i = 0; i < count; i++) {
          f.at(first + 1).set('i', BigInt(i));
          f.at(first + 2).set('result', op('aten::mul', [f.locals.get('result') as IValue, op('aten::select', [x!, 0n, BigInt(i)])]));
        }
        return f.locals.get('result') as IValue;
      }),
  };
}

describe('traced functions', () => {
  it('unrolls a Python loop and names values after the locals holding them (trace_loop_constant)', () => {
    const c = loadCase('trace_loop_constant');
    const host = new FakeHost();
    const rec = recordTrace(host, {
      name: 'f',
      argNames: ['x'],
      call: ([x]) =>
        host.inFrame('trace_loop_constant.py', (f) => {
          f.set('x', x);
          for (let i = 0; i < 3; i++) {
            f.at(8).set('_', BigInt(i));
            f.at(9).set('x', op('aten::add', [op('aten::sin', [f.locals.get('x') as IValue]), f.locals.get('x') as IValue]));
          }
          return f.locals.get('x') as IValue;
        }),
    }, c.example_inputs.map(decodeTensor));
    expect(rec.graph.toString()).toBe(c.graph);
    expect(verifyGraph(rec.graph)).toEqual([]);
    checkRuns(c, (inputs) => new TracedFunction('f', rec.graph, rec.warnings).call(inputs));
  });

  it('bakes loop bounds and indices into the graph and fails like PyTorch on a shorter input (loop_shape_trace)', () => {
    const c = loadCase('loop_shape_trace');
    const host = new FakeHost();
    const rec = recordTrace(host, loopInTracedFn(host, 'loop_shape_trace.py', 8), c.example_inputs.map(decodeTensor));
    expect(rec.graph.toString()).toBe(c.graph);
    expect(rec.warnings).toEqual([]);
    checkRuns(c, (inputs) => new TracedFunction('loop_in_traced_fn', rec.graph, rec.warnings).call(inputs));
  });

  it('keeps x.shape[1] dynamic and the in-place write through a view (fill_row_inplace_trace)', () => {
    const c = loadCase('fill_row_inplace_trace');
    const host = new FakeHost();
    const rec = recordTrace(host, {
      name: 'fill_row_one',
      argNames: ['x'],
      call: ([x]) =>
        host.inFrame('fill_row_inplace_trace.py', (f) => {
          f.at(8).set('x', x);
          const shape = op('aten::size', [x!]) as IValue[];
          const ones = op('aten::ones', [[shape[1]!]], { device: 'cpu', pin_memory: false });
          op('aten::copy_', [op('aten::select', [x!, 0n, 0n]), ones]);
          return x!;
        }),
    }, c.example_inputs.map(decodeTensor));
    expect(nodeKinds(rec.graph)).toEqual(c.node_kinds);
    expectGolden(`${GOLDEN}/fill_row_inplace.graph`, rec.graph.toString());
    const fn = new TracedFunction('fill_row_one', rec.graph, rec.warnings);
    checkRuns(c, (inputs) => fn.call(inputs));
  });
});

describe('traced modules', () => {
  function myCell(host: FakeHost, c: Case): FakeModule {
    const lin = linear(host, decodeTensor(c.params!['linear.weight']), decodeTensor(c.params!['linear.bias']));
    return new FakeModule('__main__.MyCell', (self, [x, h]) =>
      host.inFrame('mycell_trace.py', (f) => {
        f.set('self', self);
        f.set('x', x);
        f.set('h', h);
        const y = self.sub('linear').call([x!]);
        f.at(13);
        const newH = op('aten::tanh', [op('aten::add', [y, h!])]);
        f.set('new_h', newH);
        return new TupleValue([newH, newH]);
      }),
    ).child('linear', lin);
  }

  it('records submodule calls as prim::CallMethod with their own forward graphs (mycell_trace)', () => {
    const c = loadCase('mycell_trace');
    const host = new FakeHost();
    const cell = myCell(host, c);
    const rec = recordTrace(host, { name: 'forward', argNames: ['x', 'h'], module: cell, call: (inputs) => cell.forward(cell, [...inputs]) }, c.example_inputs.map(decodeTensor));
    const traced = tracedModuleOf(rec, cell);
    expect(nodeKinds(traced.graph)).toEqual(c.node_kinds);
    expect(nodeKinds(traced.inlinedGraph)).toEqual(c.inlined_node_kinds);
    const linearGraph = traced.children.get('linear')!.graph;
    expectGolden(`${GOLDEN}/mycell.graph`, `${traced.graph.toString()}\n${linearGraph.toString()}`);
    expect(traced.code).toBe((c as unknown as { code: string }).code);
    checkRuns(c, (inputs) => traced.call(inputs));
  });
});

describe('torch.jit.trace checks and warnings', () => {
  it('reports the graph diff of loop_in_traced_fn with check_inputs, as in PyTorch docs', () => {
    const host = new FakeHost();
    const rand = (...shape: number[]): Tensor => t(op('aten::rand', [shape.map(BigInt)]));
    const warnings: string[] = [];
    let message = '';
    try {
      jitTrace(host, loopInTracedFn(host), [rand(3, 4, 5)], { checkInputs: [[rand(4, 5, 6)], [rand(2, 3, 4)]], onWarning: (w) => warnings.push(w.message) });
    } catch (e) {
      expect(e).toBeInstanceOf(TracingCheckError);
      message = (e as Error).message;
    }
    expectGolden(`${GOLDEN}/loop_in_traced_fn.check_error`, message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Output nr 1\. of the traced function does not match the corresponding output of the Python function\. Detailed error:\nTensor-likes are not close!/);
  });

  it('warns on a tensor converted to bool and loses the branch (MyDecisionGate)', () => {
    const c = loadCase('gate_trace_wrong_branch');
    const host = new FakeHost();
    const gate = new FakeModule('__main__.MyDecisionGate', (self, [x]) =>
      host.inFrame('main.py', (f) => {
        f.set('self', self);
        f.at(9).set('x', x);
        const positive = op('aten::gt', [op('aten::sum', [x!]), 0n]);
        traceConversion('bool');
        if (t(positive).item() !== 0) return x!;
        return f.at(12) && op('aten::neg', [x!]);
      }),
    );
    const traced = jitTrace(host, { name: 'forward', argNames: ['x'], module: gate, call: (inputs) => gate.forward(gate, [...inputs]) }, c.example_inputs.map(decodeTensor));
    expect(traced.warnings.map((w) => `${w.file}:${w.line}: ${w.message.slice(0, 60)}`)).toEqual([
      'main.py:9: Converting a tensor to a Python boolean might cause the trac',
    ]);
    expect(nodeKinds(traced.graph)).toEqual(c.node_kinds);
    expect(traced.code).toBe((c as unknown as { code: string }).code);
    checkRuns(c, (inputs) => traced.call(inputs));
  });
});
