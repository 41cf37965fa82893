/**
 * The `.code` printer: a Graph as TorchScript's pretty-printed Python, after PyTorch 1.13's
 * torch/csrc/jit/serialization/python_print.cpp. Names, inlining and line splitting follow
 * its rules so our output matches `.code` character for character.
 */
import type { IValue, TensorConstant } from './attributes';
import type { Block } from './block';
import type { Graph } from './graph';
import type { Node, NodeSource } from './node';
import { isUnionLike, loopKind, printRHS } from './python_print_exprs';
import { isConstant, scanInlines } from './python_print_inline';
import { constantSource, defaultIValue, sameTensorConstant } from './python_print_values';
import type { FunctionSchema } from './schema';
import { ClassType, TupleType } from './types';
import type { Value } from './value';

export interface PythonPrintOptions {
  /** The function's name: `forward`, `foo`. */
  readonly name: string;
  /** Print the first parameter without its type, as for `self`. Default: the first input is a class. */
  readonly isMethod?: boolean;
  /** The function's own schema: parameter names and defaults (`scale: Optional[float]=None`). */
  readonly schema?: FunctionSchema;
  /** Parameter names; default: the schema's, else each graph input's debug name without its `.N` suffix. */
  readonly argNames?: readonly string[];
  /** Parameter defaults by position; default: the schema's. */
  readonly defaults?: readonly (IValue | undefined)[];
  /** The schema of an operator node that carries none (node.schema wins when set). */
  readonly schemaOf?: (node: Node) => FunctionSchema | undefined;
  /** The qualified name of a function constant whose type has none (`__torch__.m.foo`). */
  readonly functionName?: (node: Node) => string | undefined;
  /** For line sources only: where a node without a source range came from (a traced call's line). */
  readonly sourceOf?: (node: Node) => NodeSource | undefined;
}

/** The `.code` text of one function or method. Tensor constants print as `CONSTANTS.c<i>`. */
export function pythonPrint(graph: Graph, options: PythonPrintOptions): string {
  return new PythonPrinter(options).printFunction(graph);
}

/** Where a `.code` line came from: the source position of the node that printed it. */
export interface CodeLineSource {
  readonly file: string;
  readonly line: number;
}

/**
 * The `.code` text and, per printed line (index 0 is line 1), the source of the node that
 * was being printed when the line ended (undefined for the header and lines of no node).
 */
export function pythonPrintWithLines(graph: Graph, options: PythonPrintOptions): { code: string; lines: (CodeLineSource | undefined)[] } {
  const printer = new PythonPrinter(options);
  const code = printer.printFunction(graph);
  return { code, lines: printer.lineSources };
}

// Names that are valid identifiers but taken by the printed environment or Python.
const RESERVED = new Set(
  (
    '_ as aten attribute CONSTANTS fork getattr inf nan infj nanj ops __torch__ and assert async await break ' +
    'class continue def del elif else except False finally for from global if import in is lambda None ' +
    'nonlocal not or pass raise return True try with while yield uninitialized unchecked_cast'
  ).split(' '),
);


function previousNode(n: Node): Node | undefined {
  const nodes = n.owningBlock?.nodes ?? [];
  return nodes[nodes.indexOf(n) - 1];
}

class PythonPrinter {
  private readonly out: string[] = [];
  private level = 0;
  // Note [Inlined expressions]: a value is printed either as an expression in its single
  // use (exprTable) or, once a statement assigned it, by its name (identRefs, which wins).
  private readonly outputInline = new Set<Node>();
  private readonly exprTable = new Map<Value, string>();
  private readonly identRefs = new Map<Value, string>();
  private readonly usedNames = new Set<string>();
  private readonly nextId = new Map<string, number>();
  private readonly visitedSplitUses = new Map<Node, number>();
  private readonly annotatedUnions = new Set<Value>();
  /** The printed constant table (`CONSTANTS.c<i>`). */
  private readonly tensorTable: TensorConstant[] = [];
  /** Note [Code line sources]: the node being printed, read when a line ends. */
  private current: Node | undefined;
  readonly lineSources: (CodeLineSource | undefined)[] = [];

  constructor(private readonly options: PythonPrintOptions) {}

  printFunction(graph: Graph): string {
    const inputs = graph.inputs;
    const isMethod = this.options.isMethod ?? inputs[0]?.type instanceof ClassType;
    this.write(`def ${this.options.name}(`);
    const formals = this.options.schema?.arguments;
    inputs.forEach((v, i) => {
      const given = this.options.argNames?.[i] ?? formals?.[i]?.name;
      const name = this.genName(given ?? (v.hasDebugName() ? makeValidIdentifier(v.debugNameBase()) : '_'));
      const type = v.type.annotationStr();
      if (i === 0) this.write(isMethod ? name : `${name}: ${type}`);
      else this.write(`,\n    ${name}: ${type}`);
      const formal = formals?.[i];
      const dflt = this.options.defaults ? this.options.defaults[i] : formal && defaultIValue(formal);
      if (dflt !== undefined) this.write(`=${this.constant(dflt)}`);
      this.identRefs.set(v, name);
    });
    const outs = graph.outputs;
    const ret = outs.length === 1 ? outs[0]!.type.annotationStr() : outs.length === 0 ? 'None' : new TupleType(outs.map((o) => o.type)).annotationStr();
    this.write(`) -> ${ret}:\n`);
    this.printBody(graph.block);
    return this.out.join('');
  }

  private printBody(body: Block): void {
    const constants: Node[] = [];
    this.buildConstantList(body, constants, new Set());
    scanInlines(body, this.outputInline);
    this.level++;
    for (const n of constants) this.printNode(n, true);
    this.printBlock(body, body.outputs.length > 0);
    this.printNode(body.returnNode, false);
    this.level--;
  }

  // Constants print first, in the order of their first use.
  private buildConstantList(b: Block, out: Node[], seen: Set<Node>): void {
    const visit = (n: Node): void => {
      for (const v of n.inputs) {
        if (isConstant(v.node) && !seen.has(v.node)) {
          seen.add(v.node);
          out.push(v.node);
        }
      }
      for (const inner of n.blocks) this.buildConstantList(inner, out, seen);
    };
    b.nodes.forEach(visit);
    visit(b.returnNode);
  }

  // ---- names

  private genName(candidate: string): string {
    let name = candidate;
    while (this.usedNames.has(name) || RESERVED.has(name)) {
      const id = this.nextId.get(name) ?? 0;
      this.nextId.set(name, id + 1);
      name = `${candidate}${id}`;
    }
    this.usedNames.add(name);
    return name;
  }

  private genUniqueNameFor(v: Value): string {
    return this.genName(v.hasDebugName() ? makeValidIdentifier(v.debugNameBase()) : '_');
  }

  private assignUniqueNames(values: readonly Value[]): void {
    for (const v of values) this.identRefs.set(v, this.genUniqueNameFor(v));
  }

  private useOf(v: Value): string {
    const s = this.identRefs.get(v) ?? this.exprTable.get(v);
    if (s === undefined) throw new Error(`python_print: %${v.debugName()} has no name or expression`);
    return s;
  }

  private list(values: readonly Value[]): string {
    return values.map((v) => this.useOf(v)).join(', ');
  }

  // ---- statements

  private write(s: string): void {
    this.out.push(s);
    const src = this.current && (this.current.source ?? this.options.sourceOf?.(this.current));
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      this.lineSources.push(src ? { file: src.file, line: src.range.start.line } : undefined);
    }
  }
  private indent(): void {
    this.out.push('  '.repeat(this.level));
  }

  private printBlock(b: Block, hasOtherStatements: boolean): void {
    if (!hasOtherStatements && b.nodes.length === 0) {
      this.indent();
      this.write('pass\n');
    }
    for (const n of b.nodes) this.printNode(n, false);
  }

  private printNode(node: Node, printConst: boolean): void {
    if (!printConst && isConstant(node)) return;
    const outer = this.current;
    this.current = node;
    try {
      this.printNodeBody(node);
    } finally {
      this.current = outer;
    }
  }

  private printNodeBody(node: Node): void {
    switch (node.kind) {
      case 'prim::Return':
        if (node.inputs.length > 0) {
          this.indent();
          this.withInlineSource(node.inputs, () => this.write(`return ${this.list(node.inputs)}\n`));
        }
        return;
      case 'prim::Loop':
        return this.printLoop(node);
      case 'prim::If':
        return this.printIf(node);
      case 'prim::TupleUnpack':
      case 'prim::ListUnpack':
        this.assignUniqueNames(node.outputs);
        this.indent();
        if (node.outputs.length > 0) this.write(`${this.list(node.outputs)}, = `);
        this.write(`${this.useOf(node.input())}\n`);
        return;
      case 'prim::Enter': {
        // Note [With blocks]: the nodes between prim::Enter and its prim::Exit are the body.
        const out = node.output();
        this.indent();
        this.write(`with ${this.useOf(node.input())}`);
        if (out.uses.length > 0) {
          this.assignUniqueNames([out]);
          this.write(` as ${this.useOf(out)}`);
        }
        this.write(':\n');
        this.level++;
        return;
      }
      case 'prim::Exit':
        if (previousNode(node)?.kind === 'prim::Enter') {
          this.indent();
          this.write('pass\n');
        }
        this.level--;
        return;
      case 'prim::SetAttr':
        this.indent();
        this.write(`${this.useOf(node.input(0))}.${node.s('name')} = ${this.useOf(node.input(1))}\n`);
        return;
      default: {
        const rhs = this.printRHS(node);
        if (!this.outputInline.has(node) || (isConstant(node) && this.isLongLine(rhs))) {
          this.printOutputDefinition(node, rhs);
        } else {
          this.exprTable.set(node.output(), rhs);
          if (this.isLongLine(rhs)) this.splitLongInlines(node.output());
        }
      }
    }
  }

  private printOutputDefinition(node: Node, expr: string): void {
    this.assignUniqueNames(node.outputs);
    this.indent();
    if (node.outputs.length > 0) this.write(`${this.list(node.outputs)} = `);
    this.write(`${expr}\n`);
  }

  private printAssignment(lhs: readonly Value[], rhs: readonly Value[]): void {
    if (lhs.length === 0) return;
    this.indent();
    this.write(this.list(lhs));
    // Optional and Union variables keep their annotation on the first assignment.
    const v = lhs[0]!;
    if (lhs.length === 1 && !this.annotatedUnions.has(v) && !this.exprTable.has(v) && isUnionLike(v.type)) {
      this.write(` : ${v.type.annotationStr()}`);
      this.annotatedUnions.add(v);
    }
    this.withInlineSource(rhs, () => this.write(` = ${this.list(rhs)}\n`));
  }

  // Note [Code line sources]: a line that prints an inlined expression belongs to the
  // expression's node (a branch's `y1 = torch.sub(y0, 1)`), not to the If or Return around it.
  private withInlineSource(values: readonly Value[], body: () => void): void {
    const outer = this.current;
    const v = values[0];
    if (values.length === 1 && v && this.exprTable.has(v) && !this.identRefs.has(v) && (v.node.source ?? this.options.sourceOf?.(v.node))) this.current = v.node;
    try {
      body();
    } finally {
      this.current = outer;
    }
  }

  private printAnnotatedAssignment(lhs: readonly Value[], rhs: readonly Value[]): void {
    lhs.forEach((l, i) => {
      const r = rhs[i]!;
      this.indent();
      this.write(this.useOf(l));
      let needs = !l.type.equals(r.type);
      if (isUnionLike(l.type)) {
        needs = !this.annotatedUnions.has(l);
        this.annotatedUnions.add(l);
      }
      if (needs) this.write(`: ${l.type.annotationStr()}`);
      this.write(` = ${this.useOf(r)}\n`);
    });
  }

  private printIf(node: Node): void {
    this.assignUniqueNames(node.outputs);
    this.indent();
    this.write(`if ${this.useOf(node.input(0))}:\n`);
    node.blocks.forEach((b, i) => {
      if (i === 1) {
        this.indent();
        this.write('else:\n');
      }
      this.level++;
      this.printBlock(b, node.outputs.length > 0);
      this.printAssignment(node.outputs, b.outputs);
      this.level--;
    });
  }

  // Note [Loop-carried values]: the loop's outputs name the carried values; they are
  // assigned the initial values before the loop and the body's results at its end.
  private printLoop(node: Node): void {
    const body = node.blocks[0]!;
    const kind = loopKind(node);
    if (kind === 'modified') throw new Error('python_print: loop combines while and for forms and cannot be printed');
    const carriedOutputs = node.outputs;
    this.assignUniqueNames(carriedOutputs);
    body.inputs.slice(1).forEach((input, i) => this.identRefs.set(input, this.useOf(carriedOutputs[i]!)));
    this.printAnnotatedAssignment(carriedOutputs, node.inputs.slice(2));
    const tripCount = body.inputs[0]!;
    this.assignUniqueNames([tripCount]);
    if (kind === 'for') {
      this.indent();
      this.write(`for ${this.useOf(tripCount)} in range(${this.useOf(node.input(0))}):\n`);
    } else {
      // The unused trip count stands in for the loop condition.
      this.printAssignment([tripCount], [node.input(1)]);
      this.indent();
      this.write(`while ${this.useOf(tripCount)}:\n`);
    }
    this.level++;
    const offset = kind === 'for' ? 1 : 0;
    const next = body.inputs.slice(offset);
    this.printBlock(body, next.length > 0);
    this.printAssignment(next, body.outputs.slice(offset));
    this.level--;
  }

  // ---- Note [Long lines]: an inlined expression of 40 or more columns is split out into
  // a temporary, together with every inlined expression evaluated before it.

  private isLongLine(s: string): boolean {
    return s.length + this.level * 2 >= 40;
  }

  private isNonConstantInline(v: Value): boolean {
    return !isConstant(v.node) && this.outputInline.has(v.node);
  }

  private splitLongInlines(v: Value): void {
    const toSplit: Value[] = [];
    const use = v.uses[0]!;
    this.scanLongInlines(use.user, use.offset, toSplit);
    for (let i = toSplit.length - 1; i >= 0; i--) {
      const s = toSplit[i]!;
      this.printOutputDefinition(s.node, this.useOf(s));
    }
  }

  private scanLongInlines(user: Node, offset: number, toSplit: Value[]): void {
    const seen = this.visitedSplitUses.get(user);
    const lowest = seen === undefined ? 0 : seen + 1;
    for (let i = offset; i >= lowest; i--) {
      const arg = user.inputs[i]!;
      if (this.isNonConstantInline(arg)) toSplit.push(arg);
    }
    this.visitedSplitUses.set(user, offset);
    if (seen === undefined && this.outputInline.has(user)) {
      // The use itself is still being printed, so stop one input before it.
      const use = user.output().uses[0]!;
      this.scanLongInlines(use.user, use.offset - 1, toSplit);
    }
  }

  // ---- expressions

  private constant(v: IValue): string {
    return constantSource(v, (t) => {
      let i = this.tensorTable.findIndex((u) => sameTensorConstant(u, t));
      if (i < 0) i = this.tensorTable.push(t) - 1;
      return `CONSTANTS.c${i}`;
    });
  }

  private printRHS(node: Node): string {
    return printRHS(node, {
      useOf: (v) => this.useOf(v),
      constant: (v) => this.constant(v),
      schemaOf: this.options.schemaOf,
      functionName: this.options.functionName,
    });
  }
}

function makeValidIdentifier(candidate: string): string {
  const body = candidate.replace(/[^A-Za-z0-9_]/g, '_');
  return candidate === '' || /^[0-9]/.test(candidate) ? `_${body}` : body;
}
