/**
 * The IR emitter, after torch/csrc/jit/frontend/ir_emitter.cpp: turns one
 * function's AST into a typed SSA Graph. This file holds the function frame
 * and simple statements; control flow is in ir_emitter_control.ts, expressions
 * in ir_emitter_exprs.ts, calls in ir_emitter_calls.ts.
 */
import type { Expr, FunctionDef, Stmt } from '../lang/ast';
import { Graph } from '../ir/graph';
import type { Block } from '../ir/block';
import { AnyType, BoolType, ClassType, FloatType, IntType, ListType, NoneType, OptionalType, StringType, TupleType } from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { functionSignature, parseAnnotation } from './annotations';
import type { Signature, TypeResolver } from './annotations';
import { Environment } from './environment';
import { scriptError, unsupportedNode } from './errors';
import { GraphBuilder } from './graph_builder';
import type { CompilationUnit } from './compilation_unit';
import type { Resolver } from './resolver';
import { typesOf } from './resolver';
import type { SugaredValue } from './sugared_value';
import { simple } from './sugared_value';
import { emitAttribute, emitCondition, emitExpr, emitSugared } from './ir_emitter_exprs';
import { emitAugAssign, emitSubscriptAssign } from './ir_emitter_assign';
import { emitBody, emitFor, emitIfStatement, emitWhile } from './ir_emitter_control';
import type { ExitTarget, Flow } from './ir_emitter_control';
import { callOp, emitCall } from './ir_emitter_calls';
import { emitWith } from './with_statement';

/** Everything emission needs; one per function being compiled. */
export class FunctionEmitter {
  readonly graph = new Graph();
  readonly b: GraphBuilder;
  readonly env: Environment;
  /** The innermost loop or the function: where return, break and continue go. */
  target: ExitTarget = { kind: 'function' };
  returnType: Type | undefined;
  /** The first return statement's type, for `Previous return statement returned ...`. */
  mergedReturnType: Type | undefined;
  /**
   * Note [Raising blocks]: blocks that end in a raise (PyTorch's exit_blocks). A variable an `if`
   * assigns in one branch need not be defined in a branch that raises; that branch yields
   * prim::Uninitialized for it.
   */
  readonly raisingBlocks = new Set<Block>();
  private pendingReturnType: Type | undefined;
  private scratch = false;
  private selfType: Type | undefined;
  /** Names of user types in annotations (NamedTuples, script classes). */
  readonly types: TypeResolver;

  constructor(
    readonly unit: CompilationUnit,
    readonly def: FunctionDef,
    private readonly resolver: Resolver,
    private readonly fileName: string,
    /** For methods: the module `self` as the compiler sees it. */
    readonly self?: (em: FunctionEmitter, selfValue: Value) => SugaredValue,
  ) {
    this.b = new GraphBuilder(this.graph, fileName);
    this.env = new Environment(resolver);
    const types = typesOf(resolver);
    // A script class named in an annotation is registered, so values of its type have attributes.
    this.types = (name) => {
      const s = resolver.resolve(name);
      if (s?.kind === 'type' && s.cls) unit.scriptClass(s.cls);
      return types(name);
    };
  }


  /** Emits the whole function; throws ScriptError on user errors (caught by the compilation unit). */
  emitFunction(selfType?: Type): Signature {
    this.selfType = selfType;
    const star = this.def.args.vararg ?? this.def.args.kwarg;
    if (star) throw scriptError('varargs', star.range);
    const sig = functionSignature(this.def, selfType !== undefined, this.types);
    const annotated = new Set([...this.def.args.posonlyargs, ...this.def.args.args, ...this.def.args.kwonlyargs].filter((a) => a.annotation).map((a) => a.arg));
    for (const p of sig.params) if (annotated.has(p.name) && !defaultFits(p.default, p.type)) throw scriptError('default-type', this.def.range, { type: p.type.annotationStr(), name: p.name });
    if (selfType) {
      const v = this.graph.addInput('self', selfType);
      this.env.set('self', this.self ? this.self(this, v) : simple(v), this.def.range, { inherited: true });
    }
    const args = this.def.args;
    const allParams = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    const paramArgs = selfType ? allParams.slice(1) : allParams;
    sig.params.forEach((p, i) => {
      const v = this.graph.addInput(undefined, p.type);
      this.env.set(p.name, simple(v), paramArgs[i]?.range ?? this.def.range);
    });
    this.returnType = sig.returns;
    const result = emitBody(this, this.def.body, this.target, () => [this.implicitReturn()]);
    const ret = result[0]!;
    this.graph.registerOutput(ret);
    return { params: sig.params, returns: this.returnType ?? ret.type };
  }

  /**
   * The type a loop's return slot carries (Note [Returns in loops]): the annotation, or else the
   * first return's type, found by emitting the function once into a scratch graph.
   */
  loopReturnType(): Type {
    if (this.returnType) return this.returnType;
    if (this.pendingReturnType) return this.pendingReturnType;
    if (this.scratch) return AnyType;
    const dry = new FunctionEmitter(this.unit, this.def, this.resolver, this.fileName, this.self);
    dry.scratch = true;
    dry.emitFunction(this.selfType);
    this.pendingReturnType = dry.mergedReturnType ?? NoneType;
    return this.pendingReturnType;
  }

  // Falling off the end returns None, which a function annotated otherwise may not (handleMaybeNoReturn).
  private implicitReturn(): Value {
    const raising = this.raisingBlocks.has(this.graph.insertBlock());
    if (!raising && this.returnType && this.returnType !== NoneType) throw scriptError('no-return-path', this.def.range);
    return this.b.none();
  }

  /** Checks a `return` value against the annotation or the previous returns, converting as PyTorch does. */
  checkReturn(v: Value, range: SourceRange): Value {
    if (this.returnType) {
      if (this.returnType instanceof OptionalType && v.type === NoneType) return v;
      const value = this.convertNumbers(v, this.returnType);
      if (!value.type.isSubtypeOf(this.returnType)) {
        throw scriptError('return-annotation', range, { expected: this.returnType.annotationStr(), actual: v.type.annotationStr() });
      }
      return value;
    }
    if (this.mergedReturnType && !v.type.equals(this.mergedReturnType)) {
      if (!(v.type.isSubtypeOf(this.mergedReturnType) || this.mergedReturnType.isSubtypeOf(v.type))) {
        throw scriptError('return-mismatch', range, { previous: this.mergedReturnType.annotationStr(), actual: v.type.annotationStr() });
      }
    }
    this.mergedReturnType = this.mergedReturnType ?? v.type;
    return v;
  }

  // tryConvertToType's implicit conversions: a number where an int or float is wanted (aten::Int,
  // aten::Float), element by element in tuples.
  private convertNumbers(v: Value, want: Type): Value {
    if (v.type.kind === 'Number' && (want === IntType || want === FloatType)) return this.b.insert1(want === IntType ? 'aten::Int' : 'aten::Float', [v], want);
    if (!(want instanceof TupleType) || !(v.type instanceof TupleType) || v.type.elements.length !== want.elements.length) return v;
    if (!v.type.elements.some((t) => t.kind === 'Number' || t instanceof TupleType) || v.type.isSubtypeOf(want)) return v;
    const parts = this.b.insert('prim::TupleUnpack', [v], v.type.elements).outputs.map((p, i) => this.convertNumbers(p, want.elements[i]!));
    return this.b.insert1('prim::TupleConstruct', parts, new TupleType(parts.map((p) => p.type)));
  }

  /** One statement that does not change control flow (those are in ir_emitter_control.ts). */
  emitStatement(s: Stmt): void {
    switch (s.kind) {
      case 'Assign':
        return this.emitAssign(s.targets, s.value, s.range, s.typeComment ? parseAnnotation(s.typeComment, this.types).type : undefined);
      case 'AnnAssign': {
        const declared = parseAnnotation(s.annotation, this.types).type;
        if (!s.value) return;
        return this.emitAssign([s.target], s.value, s.range, declared);
      }
      case 'AugAssign':
        return emitAugAssign(this, s);
      case 'ExprStmt':
        if (s.value.kind === 'Constant' && s.value.type === 'str') return; // docstring
        emitSugared(this, s.value);
        return;
      case 'Pass':
        return;
      case 'If':
        return emitIfStatement(this, s);
      case 'For':
        emitFor(this, s);
        return;
      case 'While':
        emitWhile(this, s);
        return;
      case 'Raise':
        return this.emitRaise(s.exc, s.range);
      case 'Assert':
        return this.emitAssert(s.test, s.msg, s.range);
      case 'With':
        return emitWith(this, s);
      case 'Import':
      case 'ImportFrom':
        return;
      case 'Delete':
        for (const t of s.targets) {
          if (t.kind === 'Name') this.env.remove(t.id, t.range);
          // `del xs[i]`, `del d[k]`: aten::Delete.
          else if (t.kind === 'Subscript') callOp(this, 'aten::Delete', [emitExpr(this, t.value), emitExpr(this, t.slice)], t.range);
          else throw scriptError('unsupported-syntax', t.range, { what: `del of ${t.kind}` });
        }
        return;
      default:
        throw unsupportedNode(s.kind, s.range);
    }
  }

  /** `a = b = value`, tuple unpacking and subscript/attribute targets. */
  emitAssign(targets: readonly Expr[], valueExpr: Expr, _range: SourceRange, declared?: Type): void {
    const rhs = this.emitRhs(valueExpr, targets, declared);
    for (const t of targets) this.assignTo(t, rhs, declared);
  }

  private emitRhs(valueExpr: Expr, targets: readonly Expr[], declared?: Type): SugaredValue {
    // `a, b = b, a` keeps the right side as separate values (no tuple is needed).
    if (valueExpr.kind === 'Tuple' && targets.length === 1 && targets[0]!.kind === 'Tuple' && !declared) {
      return { kind: 'tuple', items: valueExpr.elts.map((e) => simple(emitExpr(this, e))) };
    }
    const v = emitSugared(this, valueExpr, declared);
    if (declared && v.kind === 'value' && !v.value.type.isSubtypeOf(declared)) {
      const target = targets[0]!;
      const name = target.kind === 'Name' ? target.id : '';
      throw scriptError('annotated-assign', valueExpr.range, { name, expected: declared.annotationStr(), actual: v.value.type.annotationStr() });
    }
    return v;
  }

  assignTo(target: Expr, rhs: SugaredValue, declared?: Type): void {
    switch (target.kind) {
      case 'Name':
        // A variable holds a Value: a constant (a Final attribute, `math.pi`) becomes a prim::Constant
        // here, so that branches and loops can merge it like any other value.
        this.env.set(target.id, rhs.kind === 'constant' ? simple(this.asValue(rhs, target.range)) : rhs, target.range, { declared });
        return;
      case 'List':
        // TorchScript unpacks only into tuple targets: `[a, b] = xs` is rejected.
        throw scriptError('bad-assign-target', target.range, {});
      case 'Tuple': {
        const items = this.unpack(rhs, target.elts.length, target.range);
        target.elts.forEach((t, i) => this.assignTo(t, items[i]!));
        return;
      }
      case 'Subscript':
        return emitSubscriptAssign(this, target, this.asValue(rhs, target.range));
      case 'Attribute': {
        const obj = emitSugared(this, target.value);
        if (obj.kind === 'value') {
          const v = this.asValue(rhs, target.range);
          const t = obj.value.type;
          if (t instanceof ClassType) this.unit.classes.get(t.qualifiedName)?.setAttribute(target.attr, declared ?? v.type, target.range);
          this.b.insert('prim::SetAttr', [obj.value, v], [], target.range).s_('name', target.attr);
          return;
        }
        if (obj.kind === 'object' && obj.setAttr) return obj.setAttr(target.attr, this.asValue(rhs, target.range), target.range);
        throw scriptError('unsupported-syntax', target.range, { what: 'attribute assignments to non-values' });
      }
      case 'Starred':
      default:
        throw scriptError('unsupported-syntax', target.range, { what: `${target.kind} targets` });
    }
  }

  /** Splits a tuple-typed value (or a sugared tuple) into `n` parts. */
  unpack(rhs: SugaredValue, n: number, range: SourceRange): SugaredValue[] {
    if (rhs.kind === 'tuple') {
      if (rhs.items.length !== n) throw unpackError(n, rhs.items.length, range);
      return [...rhs.items];
    }
    if (rhs.kind === 'object' && rhs.iterate) return rhs.iterate();
    const v = this.asValue(rhs, range);
    if (v.type instanceof TupleType) {
      if (v.type.elements.length !== n) throw unpackError(n, v.type.elements.length, range);
      const node = this.b.insert('prim::TupleUnpack', [v], v.type.elements);
      return node.outputs.map(simple);
    }
    // A list's length is only known at run time: prim::ListUnpack checks it.
    if (v.type instanceof ListType) {
      const node = this.b.insert('prim::ListUnpack', [v], Array.from({ length: n }, () => (v.type as ListType).elementType));
      return node.outputs.map(simple);
    }
    throw scriptError('cannot-iterate', range, { type: v.type.annotationStr() });
  }

  /** `obj.name` (used by augmented assignment to attributes). */
  asAttribute(obj: SugaredValue, name: string, range: SourceRange): SugaredValue {
    return emitAttribute(this, obj, name, range);
  }

  /** The value of a return statement or a right-hand side. */
  emitRhsValue(e: Expr): SugaredValue {
    return emitSugared(this, e, this.returnType);
  }

  /** A sugared value as a graph Value (tuples are packed with prim::TupleConstruct). */
  asValue(s: SugaredValue, range: SourceRange): Value {
    switch (s.kind) {
      case 'value':
        return s.value;
      case 'tuple': {
        const items = s.items.map((i) => this.asValue(i, range));
        return this.b.insert1('prim::TupleConstruct', items, new TupleType(items.map((i) => i.type)));
      }
      case 'constant':
        return this.b.constant(s.value, range);
      case 'object':
        if (s.value) return s.value;
        break;
      case 'pyvalue':
        throw scriptError('closed-over-global', range, { type: s.typeName });
    }
    throw scriptError('unsupported-value', range, { type: s.kind === 'object' ? s.describe : s.kind, extra: '' });
  }

  private emitRaise(exc: Expr | null, range: SourceRange): void {
    let message = this.b.constant({ kind: 'str', value: 'Exception' }, range);
    let cls: Value = this.b.none();
    if (exc) {
      const call = exc.kind === 'Call' ? exc : undefined;
      const head = emitSugared(this, call ? call.func : exc);
      if (head.kind === 'exception' && head.name === 'AssertionError') {
        // As PyTorch's emitRaise: an AssertionError is raised like a failed assert.
        message = this.assertionText(call?.args[0] ?? null, exc.range);
      } else if (head.kind === 'exception') {
        cls = this.b.constant({ kind: 'str', value: `builtins.${head.name}` }, range);
        const arg = call?.args[0];
        message = arg ? emitExpr(this, arg) : this.b.constant({ kind: 'str', value: '' }, range);
        if (message.type !== StringType) message = this.b.insert1('aten::str', [message], StringType, range);
      }
    }
    this.b.insert('prim::RaiseException', [message, cls], [], range);
    this.raisingBlocks.add(this.graph.insertBlock());
  }

  private assertionText(msg: Expr | null, range?: SourceRange): Value {
    if (!msg || (msg.kind === 'Constant' && msg.type === 'str')) {
      return this.b.constant({ kind: 'str', value: `AssertionError: ${msg ? (msg as { value: string }).value : ''}` });
    }
    const prefix = this.b.constant({ kind: 'str', value: 'AssertionError: ' }, range);
    const text = emitExpr(this, msg);
    const str = text.type === StringType ? text : callOp(this, 'aten::str', [text], msg.range);
    return callOp(this, 'aten::add', [prefix, str], range ?? msg.range);
  }

  // `assert c, msg` raises "AssertionError: msg" with no class (as PyTorch's emitAssert).
  private emitAssert(test: Expr, msg: Expr | null, range: SourceRange): void {
    const cond = emitCondition(this, test);
    // A static condition emits only the branch taken, in place (`assert False` raises here).
    if (cond.static === true) return;
    const orelse = cond.static === false ? this.graph.insertBlock() : undefined;
    const node = orelse ? undefined : this.b.insert('prim::If', [cond.value], [], range);
    // What the assertion proves holds for the rest of the block (`assert x is not None`): as in
    // PyTorch's emitIfElseBlocks, the refined value is an output of the If (Uninitialized where it raised).
    const refined = node ? this.graph.withInsertPoint(node.addBlock(), () => cond.ifTrue.map((r) => r.apply())) : [];
    this.graph.withInsertPoint(orelse ?? node!.addBlock(), () => {
      this.b.insert('prim::RaiseException', [this.assertionText(msg), this.b.none()], [], range);
      this.raisingBlocks.add(this.graph.insertBlock());
      for (const v of refined) {
        node!.blocks[0]!.registerOutput(v);
        node!.blocks[1]!.registerOutput(this.b.uninitialized(v.type));
      }
    });
    cond.ifTrue.forEach((r, i) => {
      const v = refined[i];
      if (v) this.env.set(r.name, simple(node!.addOutput(v.type)), r.range);
      else this.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
    });
  }
}

function unpackError(need: number, got: number, range: SourceRange): Error {
  return scriptError('unpack-count', range, { what: got > need ? 'too many' : 'not enough', need, got });
}

export type { Flow };
export { emitCall };

// A literal default must convert to its parameter's type ("Expected a default value of type int").
function defaultFits(e: Expr | null, type: Type): boolean {
  if (e?.kind !== 'Constant') return true;
  const literal = e.type === 'str' ? StringType : e.type === 'int' || e.type === 'float' || e.type === 'bool' ? IntType : undefined;
  if (!literal || type === AnyType) return true;
  const accepts = (t: Type): boolean => (literal === IntType ? t === IntType || t === FloatType || t === BoolType || t.kind === 'Number' : literal.isSubtypeOf(t));
  return accepts(type) || type.containedTypes().some(accepts);
}
