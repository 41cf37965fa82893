// Whole programs using torch.jit.trace, run like `python main.py`. The .stdout/.stderr files beside
// them were printed by PyTorch 1.13 (paths shortened to main.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../eager';
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { installJitHooks } from './jit_hooks';
import { traceEntry } from './session_trace';
import { analyze } from './analyze';
import { parseIR } from '../ir/ir';

const DIR = 'tests/golden/trace/programs';

function run(name: string): { stdout: string; stderr: string } {
  installJitHooks();
  const stderr: string[] = [];
  const r = new Interpreter({ stderr }).run(readFileSync(`${DIR}/${name}.py`, 'utf8'), 'main.py');
  return { stdout: r.stdout, stderr: stderr.join('') + (r.error ?? '') };
}

function expected(name: string, stream: 'stdout' | 'stderr'): string {
  return readFileSync(`${DIR}/${name}.${stream}`, 'utf8');
}

// PyTorch numbers values across one graph holding every module's body; ours are per method graph.
// Numbers are compared per printed graph, in order of appearance.
function renumber(text: string): string {
  return text
    .split(/(?=^graph\()/m)
    .map((part) => {
      const names = new Map<string, string>();
      return part.replace(/%(\d+)\b/g, (_, n: string) => {
        if (!names.has(n)) names.set(n, `%v${names.size}`);
        return names.get(n)!;
      });
    })
    .join('');
}

describe('torch.jit.trace in programs', () => {
  it('prints a traced module, its graph and code, and runs it, as PyTorch does (MyCell)', () => {
    const r = run('mycell_print');
    expect(r.stderr).toBe('');
    expect(renumber(r.stdout)).toBe(renumber(expected('mycell_print', 'stdout')));
  });

  it('prints module scopes (`, scope: __module.mid/__module.mid.inner`), caller names and self names as PyTorch does', () => {
    const r = run('scopes');
    expect(r.stderr).toBe('');
    expect(renumber(r.stdout)).toBe(renumber(expected('scopes', 'stdout')));
  });

  it('traces the method trace_module names and prints it under its own name (Codec.encode)', () => {
    const r = run('trace_module');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected('trace_module', 'stdout'));
  });

  it('warns about nondeterministic nodes before the first output mismatch of the check, as _trace.py does', () => {
    const r = run('nondeterministic');
    const warnings = r.stderr.split('\n').filter((l) => l.includes('TracerWarning'));
    expect(warnings.map((l) => l.replace(/^main\.py:5: TracerWarning: /, '').slice(0, 40))).toEqual([
      'Trace had nondeterministic nodes. Did yo',
      'Output nr 1. of the traced function does',
    ]);
    expect(r.stderr).toContain('\t%6 : Float(3, strides=[1], requires_grad=0, device=cpu) = aten::rand_like(%x, %1, %2, %3, %4, %5) # main.py:4:0\n');
  });

  it('records keyword arguments of a traced function called from a trace in parameter order', () => {
    const r = run('kwargs_call');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected('kwargs_call', 'stdout'));
  });

  it('warns on the if line and loses the branch: the traced gate returns -x for -x (MyDecisionGate)', () => {
    const r = run('gate_print');
    expect(r.stdout).toBe(expected('gate_print', 'stdout'));
    expect(r.stderr).toBe(expected('gate_print', 'stderr'));
  });

  it('reports "Graphs differed across invocations!" with the graph diff for check_inputs (loop_in_traced_fn)', () => {
    const r = run('loop_check');
    const want = expected('loop_check', 'stdout');
    // PyTorch's source locations list its own frames too (torch/jit/_trace.py); the rest is identical.
    const upTo = (s: string): string => s.slice(0, s.indexOf('\tTrace source location:'));
    expect(upTo(r.stdout)).toBe(upTo(want));
    expect(r.stdout).toContain('\tTrace source location:\n\t\tmain.py(7)\n\tCheck source location:\n\t\tmain.py(7)\n');
    expect(r.stdout.slice(r.stdout.indexOf('graph(%x : Float'))).toBe(want.slice(want.indexOf('graph(%x : Float')));
    expect(r.stderr).toMatch(/^main\.py:15: TracerWarning: Output nr 1\. of the traced function does not match the corresponding output of the Python function\. Detailed error:\nTensor-likes are not close!/);
  });
});

describe('traceEntry', () => {
  const source = readFileSync(`${DIR}/gate_print.py`, 'utf8');

  it('gives the TracerWarning as a diagnostic on the if line and runs the frozen branch (MyDecisionGate)', () => {
    const x = Tensor.fromValues('float32', [2, 2], [0.5, 1, 1.5, 2]);
    const r = traceEntry({ source, fileName: 'main.py', mode: 'trace', entry: 'MyDecisionGate', exampleInputs: [x] });
    expect(r.diagnostics).toEqual([]);
    expect(r.warnings.map((w) => [w.range.start.line, w.range.start.col, w.range.end.col, w.severity])).toEqual([[6, 8, 23, 'warning']]);
    expect(r.warnings[0]!.message).toMatch(/^TracerWarning: Converting a tensor to a Python boolean might cause the trace to be incorrect\./);
    expect(r.entry!.code).toBe('def forward(self,\n    x: Tensor) -> Tensor:\n  return x\n');
    const negative = Tensor.fromValues('float32', [2], [-1, -2]);
    // Eager Python would return [1, 2]; the trace froze the positive branch.
    expect([...(r.entry!.call([negative]) as Tensor).values()]).toEqual([-1, -2]);
  });

  it('rejects untraceable inputs and strict dict outputs with PyTorch\'s messages on the def line; a list output only warns', () => {
    const program = 'import torch\n\ndef scale(x, k: int):\n    return x * k\n\ndef named(x):\n    return {"a": x}\n\ndef both(x):\n    return [x + 1, x - 1]\n';
    const x = Tensor.fromValues('float32', [2], [1, 2]);
    const req = (entry: string, inputs: IValue[]): ReturnType<typeof traceEntry> => traceEntry({ source: program, fileName: 'main.py', mode: 'trace', entry, exampleInputs: inputs });
    expect(req('scale', [x, 3n]).diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([
      [3, "RuntimeError: Type 'Tuple[Tensor, int]' cannot be traced. Only Tensors and (possibly nested) Lists, Dicts, and Tuples of Tensors can be traced"],
    ]);
    const dict = req('named', [x]).diagnostics;
    expect(dict.map((d) => d.range.start.line)).toEqual([6]);
    expect(dict[0]!.message).toMatch(/^RuntimeError: Encountering a dict at the output of the tracer might cause the trace to be incorrect/);
    const list = req('both', [x]);
    expect(list.diagnostics).toEqual([]);
    expect(list.warnings.map((w) => w.message.slice(0, 55))).toEqual(['TracerWarning: Encountering a list at the output of the']);
    expect(list.entry!.code).toBe('def both(x: Tensor) -> List[Tensor]:\n  _0 = [torch.add(x, CONSTANTS.c0), torch.sub(x, CONSTANTS.c0)]\n  return _0\n');
  });

  it('reports a Python error raised while tracing on its line', () => {
    const program = 'import torch\n\ndef f(x):\n    if x.sum() > 0:\n        return x * 2\n    return x.missing()\n';
    const neg = traceEntry({ source: program, fileName: 'main.py', mode: 'trace', entry: 'f', exampleInputs: [Tensor.fromValues('float32', [2], [-1, -2])] });
    expect(neg.entry).toBeUndefined();
    expect(neg.diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([[6, "AttributeError: 'Tensor' object has no attribute 'missing'"]]);
  });
});

describe('analyze in trace mode', () => {
  const source = readFileSync(`${DIR}/nested_modules.py`, 'utf8');
  const result = analyze({ source, mode: 'trace', entry: 'Net' });
  const codeLine = (text: string): number | null | undefined => {
    const i = result.code!.split('\n').findIndex((l) => l.includes(text));
    return i < 0 ? undefined : result.codeLines![i];
  };

  it('maps each .code line to the source line that made it, a submodule call to its call line', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.code).toBe(
      'def forward(self,\n    x: Tensor) -> Tensor:\n  fc2 = self.fc2\n  sub = self.sub\n  input = torch.mul((sub).forward(x, ), CONSTANTS.c0)\n  return (fc2).forward(input, )\n',
    );
    expect(result.codeLines).toHaveLength(result.code!.split('\n').length - 1);
    expect(codeLine('input = torch.mul')).toBe(22);
    expect(codeLine('sub = self.sub')).toBe(22);
    expect(codeLine('fc2 = self.fc2')).toBe(23);
    expect(codeLine('return (fc2).forward')).toBe(23);
  });

  it('prints scopes in the inlined graph, and the IR parser reads them back (the graph pane parses it)', () => {
    const inlined = result.inlinedGraph!;
    expect(inlined).toMatch(/aten::linear\(%x, %weight\.1, %bias\.1\), scope: __module\.sub\/__module\.sub\.fc1 # /);
    expect(inlined).toMatch(/aten::relu\(%\d+\), scope: __module\.sub # main\.py:11:0/);
    const parsed = parseIR(inlined);
    expect(parsed.toString()).toBe(inlined);
    expect(parsed.nodes.filter((n) => n.scope === '__module.fc2').map((n) => n.kind)).toEqual(['aten::linear']);
  });

  it('gives the graph of every submodule method the trace calls, by class and method', () => {
    const methods = result.methods!;
    expect(Object.keys(methods).sort()).toEqual(['__torch__.Scale.forward', '__torch__.torch.nn.modules.linear.Linear.forward', '__torch__.torch.nn.modules.linear.___torch_mangle_0.Linear.forward']);
    expect(methods['__torch__.Scale.forward']).toMatch(/prim::CallMethod\[name="forward"\]\(%fc1, %x\)/);
    expect(methods['__torch__.torch.nn.modules.linear.Linear.forward']).toMatch(/aten::linear/);
    // Every module call of the entry's graph finds its method graph.
    for (const m of result.graph!.matchAll(/%\w+ : ([\w.]+) = prim::GetAttr/g)) expect(methods[`${m[1]}.forward`]).toBeDefined();
  });
});
