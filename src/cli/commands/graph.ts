/**
 * `graph FILE --entry NAME [--method M] [--inlined] [--repeat N] [--init-args JSON]`:
 * script-compile a function or an nn.Module class of FILE and print its `.graph`
 * (or `.inlined_graph`). `--repeat N` compiles N times from scratch and prints the timing to stderr.
 */
// Operator schemas are registered by the kernel modules, and the compiler matches against them.
import '../../ops';
import type { Graph } from '../../ir/graph';
import { parse } from '../../lang/parser';
import { formatDiagnostic } from '../../lang/source';
import type { Diagnostic } from '../../lang/source';
import { compileFunction } from '../../script/compile';
import { compileModule } from '../../script/compile_module';
import type { CompilationUnit } from '../../script/compilation_unit';
import type { ScriptDiagnostic } from '../../script/errors';
import { EXIT, type CliIO, type Command } from '../io';

interface GraphArgs {
  file: string;
  entry: string;
  method?: string;
  inlined: boolean;
  repeat: number;
  initArgs: unknown[];
}

function parseArgs(args: string[]): GraphArgs | string {
  const out: GraphArgs = { file: '', entry: '', inlined: false, repeat: 1, initArgs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => args[++i];
    if (a === '--entry') out.entry = value() ?? '';
    else if (a === '--method') out.method = value();
    else if (a === '--inlined') out.inlined = true;
    else if (a === '--repeat') out.repeat = Number(value());
    else if (a === '--init-args') {
      try {
        const parsed: unknown = JSON.parse(value() ?? '');
        if (!Array.isArray(parsed)) return '--init-args must be a JSON array';
        out.initArgs = parsed;
      } catch {
        return '--init-args is not valid JSON';
      }
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (!out.file) out.file = a;
    else return `unexpected argument ${a}`;
  }
  if (!out.file || !out.entry) return 'expected a file and --entry NAME';
  if (!Number.isInteger(out.repeat) || out.repeat < 1) return '--repeat takes a positive integer';
  return out;
}

// Constructor arguments: plain JSON (integers are ints) or the conformance encoding ({"int": 3}).
function pyValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(pyValue);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('int' in o) return BigInt(o.int as number);
    if ('float' in o) return o.float;
    if ('bool' in o) return o.bool;
    if ('str' in o) return o.str;
    if ('list' in o) return (o.list as unknown[]).map(pyValue);
  }
  return v;
}

interface Compiled {
  graph?: Graph;
  unit?: CompilationUnit;
  diagnostics: readonly (Diagnostic | ScriptDiagnostic)[];
}

function compile(source: string, a: GraphArgs): Compiled {
  const isClass = parse(source, a.file).module.body.some((s) => s.kind === 'ClassDef' && s.name === a.entry);
  if (!isClass) return compileFunction(source, a.file, a.entry);
  return compileModule(source, a.file, a.entry, { method: a.method, initArgs: a.initArgs.map(pyValue) as never[] });
}

export const graphCommand: Command = {
  name: 'graph',
  usage: 'graph FILE --entry NAME [--method M] [--inlined] [--repeat N] [--init-args JSON]',
  summary: 'script-compile a function or nn.Module class of FILE and print its .graph',
  run(args: string[], io: CliIO): number {
    const a = parseArgs(args);
    if (typeof a === 'string') {
      io.err(`jitscope graph: ${a} (usage: jitscope ${graphCommand.usage})`);
      return EXIT.usage;
    }
    let source: string;
    try {
      source = io.readFile(a.file);
    } catch {
      io.err(`jitscope graph: cannot read ${a.file}`);
      return EXIT.usage;
    }
    const start = performance.now();
    let result = compile(source, a);
    for (let i = 1; i < a.repeat; i++) result = compile(source, a);
    const elapsed = performance.now() - start;
    if (a.repeat > 1) io.err(`compiled ${a.repeat} times in ${elapsed.toFixed(1)} ms (${(elapsed / a.repeat).toFixed(2)} ms each)`);
    if (!result.graph) {
      for (const d of result.diagnostics) {
        const torch = (d as ScriptDiagnostic).torchText;
        io.err(formatDiagnostic(a.file, d));
        if (torch) io.err(torch.trimEnd());
      }
      return EXIT.diagnostics;
    }
    const graph = a.inlined && result.unit ? result.unit.inlined(result.graph) : result.graph;
    io.out(graph.toString().trimEnd());
    return EXIT.ok;
  },
};
