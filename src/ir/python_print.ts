/**
 * The `.code` printer: a Graph as TorchScript's pretty-printed Python, after PyTorch 1.13's
 * torch/csrc/jit/serialization/python_print.cpp. Names, inlining and line splitting follow
 * its rules so our output matches `.code` character for character.
 */
import type { IValue } from './attributes';
import type { Block } from './block';
import { constantValue } from './constants';
import type { Graph } from './graph';
import type { Node } from './node';
import { constantSource, defaultIValue, ivalueEqual } from './python_print_values';
import type { FunctionSchema } from './schema';
import { ClassType, DictType, FunctionType, ListType, OptionalType, TupleType, UnionType } from './types';
import type { Type } from './types';
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

const isValidIdentifier = (s: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
const isConstant = (n: Node): boolean => n.kind === 'prim::Constant';

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
  private readonly prevNode = new Map<Node, Node | undefined>();
  private tensorConstants = 0;
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
    this.scanBlock(body);
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

  // ---- Note [Inlining scan]: walking a block backwards while walking each node's inputs
  // right to left finds the values that, printed inline, keep their evaluation order.

  private scanBlock(b: Block): void {
    const nodes = b.nodes;
    let prev: Node | undefined = b.paramNode;
    for (const n of nodes) {
      this.prevNode.set(n, prev);
      prev = n;
    }
    this.prevNode.set(b.returnNode, prev);
    this.scanNode(b.returnNode);
    for (let i = nodes.length - 1; i >= 0; i--) this.scanNode(nodes[i]!);
  }

  private scanNode(n: Node): Node | undefined {
    if (this.outputInline.has(n)) return n;
    n.blocks.forEach((b) => this.scanBlock(b));
    let blockPoint = this.previousNonConstant(n);
    for (let i = n.inputs.length - 1; i >= 0; i--) blockPoint = this.scanValue(blockPoint, n.inputs[i]!);
    return blockPoint;
  }

  private scanValue(blockPoint: Node | undefined, v: Value): Node | undefined {
    const n = v.node;
    if (n === blockPoint && this.canInline(v)) {
      blockPoint = this.scanNode(blockPoint);
      this.outputInline.add(n);
    } else if (isConstant(n)) {
      this.outputInline.add(n);
    }
    return blockPoint;
  }

  private previousNonConstant(n: Node): Node | undefined {
    let p = this.prevNode.get(n);
    while (p && isConstant(p)) p = this.prevNode.get(p);
    return p;
  }

  private canInline(v: Value): boolean {
    const n = v.node;
    if (n.outputs.length !== 1 || v.uses.length !== 1) return false;
    const use = v.uses[0]!;
    // A named value was a variable in the source: keep it, unless it is just returned.
    if (v.hasDebugName() && use.user.kind !== 'prim::Return') return false;
    if (n.blocks.length > 0 || n.kind === 'prim::Param') return false;
    // Loop-carried inputs need a variable so the trip count and condition stay in order.
    if (use.user.kind === 'prim::Loop' && use.offset >= 2) return false;
    // isinstance refines types in an `if`; the refinement was already applied.
    return n.kind !== 'prim::isinstance';
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
    const src = this.current?.source;
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
    if (values.length === 1 && v && this.exprTable.has(v) && !this.identRefs.has(v) && v.node.source) this.current = v.node;
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
    return constantSource(v, () => `CONSTANTS.c${this.tensorConstants++}`);
  }

  private printRHS(node: Node): string {
    const ins = node.inputs;
    const call = (prefix: string): string => `${prefix}(${this.list(ins)})`;
    const outType = (): string => node.output().type.annotationStr();
    switch (node.kind) {
      case 'prim::Uninitialized':
        return `uninitialized(${outType()})`;
      case 'prim::Constant':
        return this.constantRHS(node);
      case 'aten::ScalarImplicit':
      case 'aten::FloatImplicit':
      case 'aten::IntImplicit':
        return `annotate(${outType()}, ${this.useOf(node.input())})`;
      case 'aten::Int':
        return call('int');
      case 'aten::Float':
        return call('float');
      case 'aten::Bool':
        return call('bool');
      case 'aten::str':
        return call('str');
      case 'prim::Print':
        return call('print');
      case 'aten::sorted':
        return call('sorted');
      case 'aten::__getitem__': {
        const base = this.useOf(node.input(0));
        return `${isValidIdentifier(base) ? base : `(${base})`}[${this.useOf(node.input(1))}]`;
      }
      case 'prim::TupleConstruct': {
        const t = node.output().type;
        const prefix = t instanceof TupleType && t.qualifiedName ? t.qualifiedName : '';
        return `${prefix}(${this.list(ins)}${ins.length === 1 ? ',)' : ')'}`;
      }
      case 'prim::TupleIndex':
        return `(${this.useOf(node.input(0))})[${this.useOf(node.input(1))}]`;
      case 'prim::TupleSlice':
        return `(${this.useOf(node.input())})[${node.i('beg')}:${node.i('end')}]`;
      case 'prim::ListConstruct': {
        const t = node.output().type;
        const items = `[${this.list(ins)}]`;
        if (ins.length === 0 || (t instanceof ListType && !inferableElement(t.elementType))) return `annotate(${t.annotationStr()}, ${items})`;
        return items;
      }
      case 'prim::DictConstruct': {
        const t = node.output().type;
        const pairs: string[] = [];
        for (let i = 0; i + 1 < ins.length; i += 2) pairs.push(`${this.useOf(ins[i]!)}: ${this.useOf(ins[i + 1]!)}`);
        const dict = `{${pairs.join(', ')}}`;
        const plain = t instanceof DictType && inferableElement(t.keyType) && inferableElement(t.valueType);
        return ins.length === 0 || !plain ? `annotate(${t.annotationStr()}, ${dict})` : dict;
      }
      case 'prim::CreateObject':
        return `${outType()}.__new__(${outType()})`;
      case 'prim::PythonOp':
        return `^${node.s('name')}()(${this.list(ins)})`;
      case 'prim::GetAttr': {
        const field = node.s('name');
        const obj = this.useOf(node.input(0));
        return isValidIdentifier(field) ? `${obj}.${field}` : `getattr(${obj}, ${constantSource({ kind: 'str', value: field }, () => '')})`;
      }
      case 'prim::CallFunction':
        return `${this.useOf(node.input(0))}(${ins.slice(1).map((v) => `${this.useOf(v)}, `).join('')})`;
      case 'prim::CallMethod':
        return `(${this.useOf(node.input(0))}).${node.s('name')}(${ins.slice(1).map((v) => `${this.useOf(v)}, `).join('')})`;
      case 'prim::unchecked_unwrap_optional':
      case 'prim::unchecked_cast':
        return `unchecked_cast(${outType()}, ${this.useOf(node.input())})`;
      case 'prim::isinstance': {
        const attr = node.attributes.get('types');
        const list = attr?.kind === 'tys' ? attr.value : attr?.kind === 'ty' ? [attr.value] : [];
        const names = list.map((t) => t.annotationStr());
        const types = names.length === 1 ? names[0]! : `(${names.join(', ')})`;
        return `isinstance(${this.useOf(node.input())}, ${types})`;
      }
      case 'prim::tolist':
        return `annotate(${outType()}, ${this.useOf(node.input(0))}.tolist())`;
      case 'prim::EnumValue':
        return `(${this.useOf(node.input())}).value`;
      case 'prim::EnumName':
        return `(${this.useOf(node.input())}).name`;
      default:
        return this.operatorCall(node);
    }
  }

  private constantRHS(node: Node): string {
    const t = node.output().type;
    if (t instanceof FunctionType) {
      return t.qualifiedName || this.options.functionName?.(node) || (node.hasAttribute('name') ? node.s('name') : 'Function');
    }
    const v = constantValue(node);
    return v === undefined ? 'None' : this.constant(v);
  }

  // `torch.add(x, y)`: trailing arguments equal to their defaults are left out and
  // keyword-only arguments are named (PyTorch's CalculateNecessaryArgs).
  private operatorCall(node: Node): string {
    const [ns, name] = splitKind(node.kind);
    const op = node.kind === 'aten::backward' ? 'torch.autograd.backward' : node.kind === 'aten::grad' ? 'torch.autograd.grad' : ns === 'aten' ? `torch.${name}` : `ops.${ns}.${name}`;
    const schema = node.schema ?? this.options.schemaOf?.(node);
    const ins = node.inputs;
    if (!schema) {
      // prim::RaiseException(str msg, str? cls=None): PyTorch leaves a None class out.
      const raiseNoClass = node.kind === 'prim::RaiseException' && ins.length === 2 && constantValue(ins[1]!.node)?.kind === 'none';
      return `${op}(${this.list(raiseNoClass ? ins.slice(0, 1) : ins)})`;
    }
    const formals = schema.arguments;
    let needed = ins.length;
    if (formals.length >= ins.length) {
      needed = 0;
      for (let i = formals.length - 1; i >= 0; i--) {
        const dflt = defaultIValue(formals[i]!);
        const actual = constantValue(ins[i]!.node);
        if (dflt === undefined || actual === undefined || !ivalueEqual(dflt, actual)) {
          needed = i + 1;
          break;
        }
      }
    }
    const args = ins.slice(0, needed).map((v, i) => {
      const formal = formals[i];
      return formal?.kwargOnly ? `${formal.name}=${this.useOf(v)}` : this.useOf(v);
    });
    return `${op}(${args.join(', ')})`;
  }
}

function splitKind(kind: string): [string, string] {
  const i = kind.indexOf('::');
  return [kind.slice(0, i), kind.slice(i + 2)];
}

function makeValidIdentifier(candidate: string): string {
  const body = candidate.replace(/[^A-Za-z0-9_]/g, '_');
  return candidate === '' || /^[0-9]/.test(candidate) ? `_${body}` : body;
}

const isUnionLike = (t: Type): boolean => t instanceof UnionType || t instanceof OptionalType;

// Lists and dicts of these element types need an annotation to be re-read with the same type.
function inferableElement(t: Type): boolean {
  return !(isUnionLike(t) || t.kind === 'Number' || t.kind === 'Any');
}

// PyTorch's LoopView::loopType: a constant-true condition means a `for` over the trip
// count, unless the trip count is the int64 maximum and unused (a `while True`).
function loopKind(node: Node): 'for' | 'while' | 'modified' {
  const body = node.blocks[0]!;
  const trip = constantValue(node.input(0).node);
  const condIn = constantValue(node.input(1).node);
  const condNext = constantValue(body.outputs[0]!.node);
  const isTrue = (v: IValue | undefined): boolean => v?.kind === 'bool' && v.value;
  const alwaysTrue = isTrue(condIn) && isTrue(condNext);
  const maxInt = 9223372036854775807n;
  const tripSpecified = trip === undefined || (trip.kind === 'int' && BigInt(trip.value) < maxInt) || body.inputs[0]!.uses.length > 0;
  if (alwaysTrue) return tripSpecified ? 'for' : 'while';
  return tripSpecified ? 'modified' : 'while';
}
