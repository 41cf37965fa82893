import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../testing/golden';
import type { IValue } from './attributes';
import type { Node } from './node';
import { parseIR } from './parser';
import { pythonPrint } from './python_print';
import { findNodeSchema } from './python_print_schema';
import { parseSchema } from './schema';
import type { FunctionSchema } from './schema';

const root = join(__dirname, '../..');
const goldenDir = join(root, 'tests/golden/code');

// PyTorch 1.13's own schema list stands in for the schemas the compiler attaches to nodes.
const schemasByName = new Map<string, FunctionSchema[]>();
for (const line of readFileSync(join(root, 'tests/golden/ir/torch_schemas.txt'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const s = parseSchema(line);
  schemasByName.set(s.name, [...(schemasByName.get(s.name) ?? []), s]);
}
const schemaOf = (n: Node): FunctionSchema | undefined => findNodeSchema(n, schemasByName.get(n.kind) ?? []);

/** A conformance case's graph and PyTorch's `.code` for it, copied from /work/shared/conformance. */
interface Case {
  name: string;
  entry: string;
  method: string | null;
  /** Functions the case's source defines (they live in module `case_<name>`). */
  functions: string[];
  graph: string;
  code: string;
  /** Parameter defaults from the function's schema (`{value: null}` is `=None`). */
  defaults?: ({ value: null | number | boolean | string } | null)[];
}

function defaultIValue(d: { value: null | number | boolean | string } | null): IValue | undefined {
  if (d === null) return undefined;
  const v = d.value;
  if (v === null) return { kind: 'none' };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') return { kind: 'str', value: v };
  return Number.isInteger(v) ? { kind: 'int', value: v } : { kind: 'float', value: v };
}

const load = (file: string): Case[] => JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as Case[];
// Conformance cases, plus graphs generated with PyTorch 1.13 by gen/oracle_cases.py.
const cases = [...load('conformance_cases.json'), ...load('oracle_cases.json')];

/** What the compiler knows and the graph text lacks: the qualified names of called functions. */
function functionNamer(c: Case): (n: Node) => string {
  const local = new Set(c.functions);
  return (n) => {
    const name = n.s('name');
    return local.has(name) ? `__torch__.case_${c.name}.${name}` : `__torch__.torch.nn.functional.${name}`;
  };
}

function printCase(c: Case): string {
  const graph = parseIR(c.graph);
  const isModule = graph.inputs[0]?.type.kind === 'Class';
  const name = isModule ? (c.method ?? 'forward') : c.entry;
  return pythonPrint(graph, { name, schemaOf, functionName: functionNamer(c), defaults: c.defaults?.map(defaultIValue) });
}

// Note [Code golden floor]: these cases print exactly as PyTorch's `.code`; the list only grows.
const mustMatch = JSON.parse(readFileSync(join(goldenDir, 'must_match.json'), 'utf8')) as string[];

describe('python_print on the conformance graphs', () => {
  test('cases in the must-match list print exactly as PyTorch', () => {
    const matched = cases.filter((c) => printCase(c) === c.code).map((c) => c.name);
    const lost = mustMatch.filter((n) => !matched.includes(n));
    expect(lost).toEqual([]);
    expectGolden(join(goldenDir, 'matching.txt'), `${matched.length} of ${cases.length} match\n${matched.join('\n')}\n`);
  });
  for (const c of cases) {
    test(`golden ${c.name}`, () => {
      expectGolden(join(goldenDir, `${c.name}.py`), printCase(c));
    });
  }
});
