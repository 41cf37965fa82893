/**
 * The editor's hover data for expressions: each source range that produced a value in the
 * compiled graph, with the value's type and the operator that made it. Plain, small data
 * (Note [Expression index]), built in the worker on every compile.
 *
 * Note [Expression index]: strings (types, operators) are stored once in `strings` and
 * spans refer to them by position; one span per source range. A range that ran for several
 * instances (a traced block used twice, a method compiled for two module types) keeps each
 * distinct type.
 */
import type { FunctionDef, Module } from '../lang/ast';
import type { SourceRange } from '../lang/source';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { ClassType, DictType, FunctionType, ListType, OptionalType, TensorType, TupleType, type Type } from '../ir/types';
import { alignTraced } from './expr_align';
import { nameSpans } from './expr_names';
import { functionAt, rangeKey, selfAttributes, sourceFacts, type SourceFacts } from './expr_ast';
import type { ApiRange, ExprIndex, ExprSpan } from './types';

/** The compiled entry's graphs, as `CompiledEntry` holds them. */
export interface EntryGraphs {
  readonly graph: Graph;
  readonly inlinedGraph?: Graph;
  readonly methods?: ReadonlyMap<string, Graph>;
}

export interface ExprIndexRequest {
  readonly module: Module;
  readonly fileName: string;
  readonly mode: 'script' | 'trace';
  /** The entry (a function or a module class) and the method compiled, `forward` by default. */
  readonly entry: string;
  readonly method?: string;
}

/**
 * A type as the hover shows it: the annotation form (`List[int]`, `Optional[Tensor]`),
 * with a traced tensor in the graph's form (`Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)`).
 */
export function hoverType(t: Type): string {
  if (t instanceof TensorType) return t.isPlain() ? 'Tensor' : t.str();
  if (t instanceof ListType) return `List[${hoverType(t.elementType)}]`;
  if (t instanceof OptionalType) return `Optional[${hoverType(t.elementType)}]`;
  if (t instanceof DictType) return `Dict[${hoverType(t.keyType)}, ${hoverType(t.valueType)}]`;
  if (t instanceof TupleType && !t.names) return t.elements.length === 0 ? 'Tuple[()]' : `Tuple[${t.elements.map(hoverType).join(', ')}]`;
  return t.annotationStr();
}

/** A node's operator: its schema when it matched one, else its kind with its `name` attribute or its callee. */
function operatorOf(n: Node): string {
  if (n.schema) return n.schema.toString();
  const callee = n.kind === 'prim::CallFunction' ? n.inputs[0]?.type : undefined;
  if (callee instanceof FunctionType && callee.qualifiedName) return `${n.kind}(${callee.qualifiedName})`;
  const name = n.attributes.get('name');
  return name?.kind === 's' ? `${n.kind}[name="${name.value}"]` : n.kind;
}

function apiRange(r: SourceRange): ApiRange {
  return { startLine: r.start.line, startCol: r.start.col, endLine: r.end.line, endCol: r.end.col };
}

class IndexBuilder {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly spans = new Map<string, { range: ApiRange; types: number[]; op: number }>();

  private intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  add(range: SourceRange, type: Type, op: string): void {
    const key = rangeKey(range);
    const typeId = this.intern(hoverType(type));
    const span = this.spans.get(key);
    if (!span) this.spans.set(key, { range: apiRange(range), types: [typeId], op: this.intern(op) });
    else if (!span.types.includes(typeId)) span.types.push(typeId);
  }

  build(): ExprIndex {
    const spans: ExprSpan[] = [...this.spans.values()];
    return { strings: this.strings, spans };
  }
}

// Script nodes carry exact ranges; a call's carries its callee's, widened here to the call. Only
// expression ranges count (control flow spans statements). Within one graph the last node of a
// range made its value (constants and lists for its arguments come first).
function addScriptGraph(b: IndexBuilder, graph: Graph, fileName: string, facts: SourceFacts): void {
  const last = new Map<string, { range: SourceRange; node: Node }>();
  for (const n of graph.allNodes()) {
    if (n.source?.file !== fileName || n.outputs.length !== 1) continue;
    const own = n.source.range;
    const range = facts.callOfCallee.get(rangeKey(own)) ?? own;
    if (facts.expressions.has(rangeKey(range))) last.set(rangeKey(range), { range, node: n });
  }
  for (const { range, node } of last.values()) b.add(range, node.output().type, operatorOf(node));
}

/** The attributes a method graph reads from `self` (its first input, a module or class). */
function selfGetAttrs(graph: Graph): Map<string, Node> {
  const out = new Map<string, Node>();
  const self = graph.inputs[0];
  if (!self || !(self.type instanceof ClassType)) return out;
  for (const n of graph.nodes) {
    const name = n.attributes.get('name');
    if (n.kind === 'prim::GetAttr' && n.inputs[0] === self && name?.kind === 's' && !out.has(name.value)) out.set(name.value, n);
  }
  return out;
}

/** `self.<attr>` has no node range (PyTorch prints none for prim::GetAttr): its spans come from the function's AST. */
function addSelfAccesses(b: IndexBuilder, graph: Graph, f: FunctionDef): void {
  const attrs = selfGetAttrs(graph);
  if (attrs.size === 0) return;
  for (const a of selfAttributes(f)) {
    const getAttr = attrs.get(a.attr);
    if (getAttr) b.add(a.range, getAttr.output().type, operatorOf(getAttr));
  }
}

/**
 * A traced module call's type: its callee's output, which has the traced shapes (the call's
 * own output is a plain `Tensor`, as PyTorch prints it), through nested calls (`nn.Sequential`).
 */
function tracedType(n: Node, methods: ReadonlyMap<string, Graph> | undefined, depth = 0): Type {
  const receiver = n.inputs[0]?.type;
  const name = n.attributes.get('name');
  if (n.kind !== 'prim::CallMethod' || !(receiver instanceof ClassType) || name?.kind !== 's' || depth > 64) return n.output().type;
  const out = methods?.get(`${receiver.qualifiedName}.${name.value}`)?.outputs;
  if (out?.length !== 1) return n.output().type;
  const producer = out[0]!.node;
  return producer.kind === 'prim::CallMethod' && producer.outputs.length === 1 ? tracedType(producer, methods, depth + 1) : out[0]!.type;
}

/** The function a graph was made from: the one holding its first node from the file. */
function functionOf(graph: Graph, fileName: string, facts: SourceFacts): FunctionDef | undefined {
  const n = graph.allNodes().find((m) => m.source?.file === fileName);
  return n ? functionAt(facts, n.source!.range.start.line) : undefined;
}

/** The entry's function: a module class's method, or the function itself. */
function entryFunction(module: Module, entry: string, method: string): FunctionDef | undefined {
  for (const s of module.body) {
    if (s.kind === 'FunctionDef' && s.name === entry) return s;
    if (s.kind === 'ClassDef' && s.name === entry) {
      return s.body.find((m): m is FunctionDef => m.kind === 'FunctionDef' && m.name === method);
    }
  }
  return undefined;
}

/** Builds the hover index of a compiled (script) or traced (trace) entry. */
export function buildExprIndex(request: ExprIndexRequest, entry: EntryGraphs): ExprIndex {
  const { module, fileName } = request;
  const traced = request.mode === 'trace';
  const facts = sourceFacts(module);
  const b = new IndexBuilder();
  const top = entryFunction(module, request.entry, request.method ?? 'forward');
  const { methods } = entry;
  // Methods hold the bodies of module calls; without them the inlined graph holds the callees'.
  const others = methods?.size ? [...methods.values()] : entry.inlinedGraph ? [entry.inlinedGraph] : [];
  for (const g of new Set([entry.graph, ...others])) {
    if (traced) alignTraced(g, fileName, facts, (range, n) => b.add(range, tracedType(n, methods), operatorOf(n)));
    else addScriptGraph(b, g, fileName, facts);
    const f = g === entry.graph ? (top ?? functionOf(g, fileName, facts)) : functionOf(g, fileName, facts);
    if (!f) continue;
    addSelfAccesses(b, g, f);
    const tracedAs = traced ? (g === entry.graph ? 'entry' : 'method') : undefined;
    nameSpans(g, f, fileName, tracedAs, (range, v) => b.add(range, v.type, `%${v.debugName()}`));
  }
  return b.build();
}
