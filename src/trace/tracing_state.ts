/**
 * The tracer's state while a trace is running, after torch/csrc/jit/frontend/tracer.h
 * `TracingState`: which graph Value each runtime Tensor currently is, per module scope.
 */
import { Graph } from '../ir/graph';
import type { Node, NodeSource } from '../ir/node';
import type { Value } from '../ir/value';
import type { IValue as ConstantValue } from '../ir/attributes';
import { insertConstant } from '../ir/constants';
import type { ClassType} from '../ir/types';
import { NoneType, TensorType } from '../ir/types';
import { Tensor } from '../runtime/tensor';
import { SCALAR_TYPE_NAME } from '../runtime/dtype';
import type { TraceHost, TraceModule } from './host';
import { pythonFrame } from './python_frames';
import type { TracerWarning } from './warnings';
import type { TypeNamer } from './module_types';
import type { CallSite } from './call_outputs';

/** The traced type of a runtime tensor: `Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)`. */
export function tensorTypeOf(t: Tensor, requiresGrad: boolean | undefined): TensorType {
  return TensorType.create({
    scalarType: SCALAR_TYPE_NAME[t.dtype],
    sizes: [...t.shape],
    strides: [...t.strides],
    requiresGrad,
    device: 'cpu',
  });
}

/**
 * Note [Call sites]: PyTorch's `prim::CallMethod` and `prim::CallFunction` of a trace carry no
 * source range, so `.graph` prints none; the playground still maps their `.code` lines to the
 * line that made the call, kept here beside the graph.
 */
const callSites = new WeakMap<Node, NodeSource>();

/**
 * Note [Grad mode]: under `torch.no_grad()` results do not require grad, so their traced types
 * print `requires_grad=0`; the program's grad mode is asked through this query.
 */
let gradModeQuery: () => boolean = () => true;

/** Installs the query for the program's grad mode (the eager interpreter's `torch.is_grad_enabled`). */
export function setGradModeQuery(query: () => boolean): void {
  gradModeQuery = query;
}

/** The line of the user's code that made a traced call node (Note [Call sites]). */
export function callSiteOf(n: Node): NodeSource | undefined {
  return callSites.get(n);
}

/** A tensor baked into the graph as a constant (`prim::Constant[value={2}]`). */
export function tensorConstant(t: Tensor): ConstantValue {
  // All elements of small tensors, so `.code` shares a CONSTANTS entry between equal tensors.
  const data = t.numel === 1 ? [t.item()] : t.numel <= 4096 ? t.values() : undefined;
  return { kind: 'tensor', value: { scalarType: SCALAR_TYPE_NAME[t.dtype], sizes: [...t.shape], data, payload: t } };
}

/**
 * Note [Module scopes]: every call of a traced submodule records into its own graph (the
 * submodule's `forward`, `forward1`, ...), as PyTorch 1.13's FixupTraceScopeBlocks leaves it.
 * A scope maps tensors to its own graph's values; a tensor defined in an enclosing scope is
 * lifted into an extra input of the scope's graph and passed by the caller's prim::CallMethod.
 */
export class TraceScope {
  readonly graph = new Graph();
  readonly env = new Map<Tensor, Value>();
  /** Tensors of enclosing scopes used here, in the order their inputs were added. */
  readonly captures: Tensor[] = [];
  /** `prim::GetAttr` chains already emitted, by dotted path from this scope's `self`. */
  readonly attrs = new Map<string, Value>();
  readonly self: Value | undefined;
  /** The module scope its nodes print (Note [Scope names]); undefined for the root. */
  scopeName: string | undefined;

  constructor(
    readonly module: TraceModule | undefined,
    selfType: ClassType | undefined,
    readonly parent: TraceScope | undefined,
    selfName = 'self',
  ) {
    this.self = selfType ? this.graph.addInput(selfName, selfType) : undefined;
  }

  /**
   * The value of `self.a.b` in this scope. A new chain goes to the graph's start (newest first, as
   * PyTorch's fixup leaves them), or right after the part of it already emitted.
   */
  getAttr(path: readonly string[], types: readonly ClassType[] | undefined, leafType: ClassType | TensorType, site: NodeSource | undefined): Value {
    if (!this.self) throw new Error('GetAttr outside a module scope');
    const key = path.join('.');
    const known = this.attrs.get(key);
    if (known) return known;
    const g = this.graph;
    const first = g.nodes[0];
    let cur = this.self;
    let prev: Node | undefined;
    // Note [GetAttr chains]: as ConvertTracedAttrReferences, each attribute path gets its own
    // chain from `self` at the top of the graph; chains share no prefix (`self.layers` per item).
    for (let i = 0; i < path.length; i++) {
      const n = g.create('prim::GetAttr', [cur], 1).s_('name', path[i]!);
      const type = i === path.length - 1 ? leafType : (types?.[i] ?? TensorType.get());
      n.output().setType(type);
      // A numeric attribute (`layers.0`) is named `_0`, as PyTorch's insertGetAttr names it.
      n.output().setDebugName(/^\d+$/.test(path[i]!) ? `_${path[i]!}` : path[i]!);
      if (prev) n.insertAfter(prev);
      else if (first) n.insertBefore(first);
      else g.block.appendNode(n);
      prev = n;
      cur = n.output();
      // The `.code` line `fc = self.fc` belongs to the line that first needed the attribute.
      if (site) callSites.set(n, site);
    }
    this.attrs.set(key, cur);
    return cur;
  }
}

/** Where a parameter or buffer lives: the module chain from the root (exclusive) and its name. */
export interface TensorHome {
  readonly modules: readonly TraceModule[];
  readonly path: readonly string[];
}

export class TracingState {
  readonly scopes: TraceScope[] = [];
  readonly warnings: TracerWarning[] = [];
  private readonly warned = new Set<string>();
  /** Tensors whose traced type says requires_grad=1 (autograd is not modelled; Note [Requires grad]). */
  private readonly grad = new WeakSet<Tensor>();
  /** Parameters and buffers of the traced module tree. */
  readonly homes = new Map<Tensor, TensorHome>();
  /** Submodule calls in the order they returned (pruned at the end, Note [Submodule outputs]). */
  readonly calls: CallSite[] = [];
  /** Calls into scripted or traced submodules: recorded where they ran, so their outputs get names. */
  readonly recordedCalls = new WeakSet<Node>();
  /** A lifted call's output -> the value inside the method it stands for (Note [Names of call results]). */
  readonly callOrigins = new WeakMap<Value, Value>();
  /** Every scope of the trace, for names (Note [Trace-wide names]). */
  readonly allScopes: TraceScope[] = [];
  private readonly names = new Map<string, Tensor>();
  private readonly nameSuffixes = new Map<string, number>();
  /** The `self` input of the root and of each module call, in call order (Note [Self names]). */
  readonly selves: Value[] = [];

  constructor(
    readonly host: TraceHost,
    readonly types: TypeNamer,
  ) {}

  get scope(): TraceScope {
    const s = this.scopes[this.scopes.length - 1];
    if (!s) throw new Error('no trace scope');
    return s;
  }
  get graph(): Graph {
    return this.scope.graph;
  }

  /** Remembers the line that made a call node, which PyTorch prints without a source (Note [Call sites]). */
  markCallSite(n: Node): void {
    const site = this.site();
    if (site) callSites.set(n, site);
  }

  /** The innermost Python frame as a node source (Note [Source locations]). */
  site(): NodeSource | undefined {
    const f = pythonFrame(this.host);
    if (!f) return undefined;
    const pos = { line: f.line, col: 0, offset: 0 };
    return { file: f.fileName, range: { start: pos, end: pos } };
  }

  /**
   * Note [Requires grad]: a result requires grad when it is floating and an input does, as
   * autograd would decide; parameters and tensors made with requires_grad=True start it.
   */
  requiresGrad(t: Tensor): boolean {
    return t.requiresGrad || this.grad.has(t);
  }
  /** Whether autograd records now (Note [Grad mode]). */
  gradEnabled(): boolean {
    return gradModeQuery();
  }
  markGrad(t: Tensor): void {
    if (t.isFloatingPoint) this.grad.add(t);
  }

  typeOf(t: Tensor): TensorType {
    return tensorTypeOf(t, this.requiresGrad(t));
  }

  /** Maps `t` to `v` in the current scope (PyTorch's setValueTrace). */
  setValue(t: Tensor, v: Value): void {
    this.scope.env.set(t, v);
  }

  hasValue(t: Tensor): boolean {
    return this.scopes.some((s) => s.env.has(t)) || this.homes.has(t);
  }

  /** The graph value of `t` in the current scope (PyTorch's getValueTrace). */
  getValue(t: Tensor): Value {
    return this.valueIn(this.scopes.length - 1, t, true);
  }

  /**
   * The same without naming it: an argument of a submodule call is not a use in the caller's
   * frame (PyTorch names it where the submodule first uses it, Note [Lifted inputs]).
   */
  argumentValue(t: Tensor): Value {
    return this.valueIn(this.scopes.length - 1, t, false);
  }

  private valueIn(depth: number, t: Tensor, name: boolean): Value {
    const scope = this.scopes[depth]!;
    const known = scope.env.get(t);
    if (known) {
      // Note [Lifted inputs]: a submodule graph's input stands for a value of its caller; PyTorch
      // names the value where it was made, so the lifted input keeps the name it was given.
      const lifted = depth > 0 && known.node.kind === 'prim::Param';
      if (name && depth === this.scopes.length - 1 && !known.hasDebugName()) {
        if (lifted) this.nameAtFirstUse(depth, known, t);
        else this.nameFromLocals(known, t);
      }
      return known;
    }
    const home = this.homes.get(t);
    const rel = home && scope.module ? this.relativePath(scope.module, home) : undefined;
    if (rel && home) {
      const v = scope.getAttr(rel.path, rel.types, TensorType.get(), this.site());
      scope.env.set(t, v);
      return v;
    }
    if (depth > 0 && this.findsAbove(depth, t)) {
      const outer = this.valueIn(depth - 1, t, name);
      const v = scope.graph.addInput(undefined, outer.type);
      if (outer.hasDebugName()) v.setDebugName(outer.debugName());
      scope.captures.push(t);
      scope.env.set(t, v);
      return v;
    }
    // Not produced by the trace: bake it in as a constant, as PyTorch does.
    const v = scope.graph.withInsertPoint(scope.graph.block, () => insertConstant(scope.graph, tensorConstant(t)));
    const site = this.site();
    if (site) v.node.source = site;
    scope.env.set(t, v);
    return v;
  }

  private findsAbove(depth: number, t: Tensor): boolean {
    for (let d = depth - 1; d >= 0; d--) {
      const s = this.scopes[d]!;
      if (s.env.has(t)) return true;
      const home = this.homes.get(t);
      if (home && s.module && this.relativePath(s.module, home)) return true;
    }
    return false;
  }

  /** The attribute path from `module` to a parameter, when the parameter is inside `module`. */
  relativePath(module: TraceModule, home: TensorHome): { path: string[]; types: ClassType[] } | undefined {
    const root = this.scopes[0]?.module;
    const chain = root ? [root, ...home.modules] : [...home.modules];
    const at = chain.findIndex((m) => m.is(module));
    if (at < 0) return undefined;
    const path = home.path.slice(at);
    const types = chain.slice(at + 1).map((m) => this.types.typeOf(m));
    return { path: [...path], types };
  }

  /**
   * PyTorch records one flat graph and names a value at its first use, from the frame using it: a
   * value made by the caller and first used inside a submodule takes the submodule's parameter name
   * (`input` of Linear.forward). A submodule call's own output is a new value and stays unnamed.
   */
  private nameAtFirstUse(depth: number, lifted: Value, t: Tensor): void {
    let outer: Value | undefined;
    for (let d = depth - 1; d >= 0 && !outer; d--) {
      const v = this.scopes[d]!.env.get(t);
      if (v && v.node.kind !== 'prim::Param') outer = v;
      else if (v && v.hasDebugName()) return;
    }
    if (!outer || outer.hasDebugName()) return;
    // A submodule's result is named inside its method (Note [Names of call results]).
    const named = isCallOutput(outer, this.recordedCalls) ? this.originOf(outer) : outer;
    if (!named || named.hasDebugName()) return;
    this.nameFromLocals(outer, t);
    // Lifting copies the name into the submodule's input (Note [Lifted inputs]).
    if (named.hasDebugName()) lifted.setDebugName(named.debugName());
  }

  /**
   * Names a value after the innermost frame's local variable holding `t` (PyTorch's
   * lookup_var_name_fn). Note [Names of call results]: in PyTorch a submodule's result is one
   * Value until the scope is lifted into a method, so a caller's local name goes to the value
   * inside the method (`%a` in Inner.forward for `a = self.inner(x)`); the CallMethod's output
   * stays unnamed.
   */
  private nameFromLocals(v: Value, t: Tensor): void {
    if (isCallOutput(v, this.recordedCalls)) {
      const origin = this.originOf(v);
      if (origin && !origin.hasDebugName() && origin.node.kind !== 'prim::Param') this.nameFromLocals(origin, t);
      return;
    }
    const f = pythonFrame(this.host);
    if (!f) return;
    for (const [k, x] of f.locals) {
      if (x === t) {
        if (k !== 'self') this.nameTensor(v, t, k);
        return;
      }
    }
  }

  // The value inside the method that a lifted call's output stands for (Note [Names of call results]).
  private originOf(v: Value): Value | undefined {
    let origin = this.callOrigins.get(v);
    while (origin && this.callOrigins.has(origin)) origin = this.callOrigins.get(origin);
    return origin;
  }

  /**
   * Note [Trace-wide names]: PyTorch records every scope into one graph, so a name is unique
   * across all method graphs of a trace: naming a value `x` renames the tensor that held `x`
   * before to `x.1` (its values in every scope graph), as Value::setDebugName does in one graph.
   */
  nameTensor(v: Value, t: Tensor, name: string): void {
    const owner = this.names.get(name);
    if (owner !== undefined && owner !== t) {
      // Value::setDebugName's suffixes: the name's own number, else past the last one given plus one.
      const m = /^(.*)\.(\d+)$/.exec(name);
      const base = m ? m[1]! : name;
      let suffix = m ? Number(m[2]) : 1;
      const known = this.nameSuffixes.get(base);
      if (known !== undefined) suffix = Math.max(suffix, known + 1);
      let replacement: string;
      do replacement = `${base}.${suffix++}`;
      while (this.names.has(replacement));
      this.nameSuffixes.set(base, suffix);
      for (const s of this.allScopes) {
        const held = s.env.get(owner);
        if (held && held.hasDebugName() && held.debugName() === name) held.setDebugName(replacement);
      }
      this.names.set(replacement, owner);
    }
    this.names.set(name, t);
    v.setDebugName(name);
  }

  /** A constant with the current source location (PyTorch's genericAddInput). */
  constant(value: ConstantValue): Value {
    const v = insertConstant(this.graph, value);
    const site = this.site();
    if (site) v.node.source = site;
    return v;
  }

  /** `prim::Constant()` of type NoneType, without a location (PyTorch's createNone). */
  none(): Value {
    const n = this.graph.insert('prim::Constant', [], 1);
    return n.output().setType(NoneType);
  }

  /** Records a TracerWarning at the innermost frame, once per location and message. */
  warn(message: string): void {
    const f = pythonFrame(this.host);
    const file = f?.fileName ?? '<unknown>';
    const line = f?.line ?? 0;
    const key = `${file}:${line}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push({ category: 'TracerWarning', message, file, line });
  }
}

function isCallOutput(v: Value, recordedCalls: WeakSet<Node>): boolean {
  const k = v.node.kind;
  const call = k === 'prim::TupleUnpack' ? v.node.inputs[0]!.node : v.node;
  return call.kind === 'prim::CallMethod' && !recordedCalls.has(call);
}

export { Tensor };
