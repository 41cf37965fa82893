/**
 * The graph pane's picture of a `.graph`: plain JSON built from the IR (parsed back
 * from its text), shaped for drawing rather than for compiling. Constants are folded
 * into their users as Netron does, and `prim::GetAttr` of a submodule is folded into
 * the `prim::CallMethod` that calls it, so a module call reads as one box.
 */
import { attributeStr, parseIR } from '../ir/ir';
import type { Block, Node, Value } from '../ir/ir';
import { renameIds } from './graph_ids';
import { schemaFor } from './node_schema';

export interface ValueModel {
  /** The printed name without `%`, unique in the graph. */
  readonly id: string;
  /** The full printed type. */
  readonly type: string;
  /** A short type for edge labels: `Float(3, 4)`, `Linear`, `int[]`. */
  readonly label: string;
}

/** An input of a node: a value drawn as an edge, or a folded constant drawn as an attribute. */
export type InputModel =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'constant'; readonly text: string };

export interface NodeModel {
  /** Unique in the model: `n<index in program order>`. */
  readonly id: string;
  readonly kind: string;
  /** The box title: the kind, or `linear.forward` for a module call. */
  readonly title: string;
  readonly inputs: readonly InputModel[];
  readonly outputs: readonly ValueModel[];
  readonly attributes: readonly { readonly name: string; readonly value: string }[];
  readonly blocks: readonly BlockModel[];
  /** The node's `# file:line:col` comment, when it has one. */
  readonly source?: { readonly file: string; readonly line: number; readonly col: number };
  /** 1-based line of the node in the `.graph` text, when it could be matched. */
  readonly irLine?: number;
  /** For a module call whose method graph is known: `Linear.forward`, drawn as its one block. */
  readonly callee?: string;
  /** The operator's schema, for an `aten::` node whose overload the inputs' types pick. */
  readonly schema?: string;
  /** The schema's argument names, one per input. */
  readonly schemaArgs?: readonly string[];
}

export interface BlockModel {
  /** Unique in the model: `<node id>.block<i>`. */
  readonly id: string;
  /** `block0`, `block1`, ... as printed. */
  readonly name: string;
  readonly inputs: readonly ValueModel[];
  readonly nodes: readonly NodeModel[];
  readonly outputs: readonly InputModel[];
}

export interface GraphModel {
  readonly inputs: readonly ValueModel[];
  readonly nodes: readonly NodeModel[];
  readonly outputs: readonly InputModel[];
  /** Number of nodes drawn (blocks included), for choosing how to lay out. */
  readonly nodeCount: number;
  /** A digest of the text (and method graphs) the model was built from: a cheap cache key. */
  readonly key?: string;
}

export type GraphModelResult = { readonly ok: true; readonly model: GraphModel } | { readonly ok: false; readonly error: string };

/** Method graphs by qualified name (`__torch__.MyCell.forward`), as `AnalyzeResult.methods` gives them. */
export type MethodGraphs = Readonly<Record<string, string>>;

// Module hierarchies are trees, so this only stops a malformed table from recursing forever.
const MAX_CALL_DEPTH = 16;

/**
 * Builds the model of one `.graph` text; malformed text is reported, never thrown.
 * With `methods`, each module call whose method graph is listed holds that graph as its block.
 */
export function buildGraphModel(text: string, methods?: MethodGraphs, depth = 0): GraphModelResult {
  let graph;
  try {
    graph = parseIR(text);
  } catch (e) {
    return { ok: false, error: `cannot read the graph text: ${e instanceof Error ? e.message : String(e)}` };
  }
  const irLines = nodeLines(text, graph.allNodes().length);
  const order = new Map(graph.allNodes().map((n, i) => [n, i]));
  const builder = new ModelBuilder(order, irLines, graph.inputs[0], depth < MAX_CALL_DEPTH ? methods : undefined, depth);
  const nodes = builder.block(graph.block);
  return {
    ok: true,
    model: {
      inputs: graph.inputs.filter((v) => !builder.hidden.has(v)).map(valueModel),
      nodes,
      outputs: graph.outputs.map((v) => builder.input(v)),
      nodeCount: builder.count,
      key: digest(methods ? [text, ...Object.entries(methods).flat()] : [text]),
    },
  };
}

class ModelBuilder {
  count = 0;
  /** Values not drawn: folded constants, folded GetAttrs and a `self` used only by them. */
  readonly hidden = new Set<Value>();

  constructor(
    private readonly order: ReadonlyMap<Node, number>,
    private readonly irLines: readonly number[] | undefined,
    self: Value | undefined,
    private readonly methods: MethodGraphs | undefined,
    private readonly depth: number,
  ) {
    if (self && isModuleType(self.type.str()) && self.uses.every((u) => foldableGetAttr(u.user))) this.hidden.add(self);
  }

  block(b: Block): NodeModel[] {
    const out: NodeModel[] = [];
    for (const n of b.nodes) {
      if (isFoldableConstant(n) || foldableGetAttr(n)) {
        n.outputs.forEach((v) => this.hidden.add(v));
        continue;
      }
      out.push(this.node(n));
    }
    return out;
  }

  input(v: Value): InputModel {
    const producer = v.node;
    if (isFoldableConstant(producer)) return { kind: 'constant', text: constantText(producer) };
    return { kind: 'value', value: v.debugName() };
  }

  private node(n: Node): NodeModel {
    this.count++;
    const index = this.order.get(n) ?? 0;
    const id = `n${index}`;
    const inputs = n.inputs.map((v) => this.input(v));
    let title = n.kind;
    if (n.kind === 'prim::CallMethod' && n.inputs[0] && foldableGetAttr(n.inputs[0].node)) {
      const method = attrText(n, 'name') ?? 'forward';
      title = `${attrText(n.inputs[0].node, 'name') ?? '?'}.${method}`;
      inputs[0] = { kind: 'constant', text: shortType(n.inputs[0].type.str()) };
    }
    const attributes = [...n.attributes].map(([name, a]) => ({ name, value: attributeStr(a) }));
    const call = this.calleeBlock(n, id);
    const blocks = call ? [call.block] : n.blocks.map((b, i) => ({
      id: `${id}.block${i}`,
      name: `block${i}`,
      inputs: b.inputs.map(valueModel),
      nodes: this.block(b),
      outputs: b.outputs.map((v) => this.input(v)),
    }));
    const src = n.source;
    const irLine = this.irLines?.[index];
    const schema = n.kind.startsWith('aten::') ? schemaFor(n.kind, n.inputs.map((v) => v.type)) : undefined;
    return {
      id,
      kind: n.kind,
      title,
      inputs,
      outputs: n.outputs.map(valueModel),
      attributes,
      blocks,
      ...(src ? { source: { file: src.file, line: src.range.start.line, col: src.range.start.col } } : {}),
      ...(irLine === undefined ? {} : { irLine }),
      ...(call ? { callee: call.block.name } : {}),
      ...(schema ? { schema: schema.text, schemaArgs: schema.args } : {}),
    };
  }

  // Note [Call blocks]: the callee's graph becomes the call's one block; its ids and value
  // names get the prefix `<call id>/` so they stay unique in the whole model.
  private calleeBlock(n: Node, id: string): { block: BlockModel } | undefined {
    const receiver = n.inputs[0];
    if (n.kind !== 'prim::CallMethod' || !receiver || !this.methods) return undefined;
    const type = receiver.type.str();
    const method = attrText(n, 'name') ?? 'forward';
    const text = this.methods[`${type}.${method}`];
    if (text === undefined) return undefined;
    const built = buildGraphModel(text, this.methods, this.depth + 1);
    if (!built.ok) return undefined;
    const m = prefixed(built.model, `${id}/`);
    return { block: { id: `${id}.callee`, name: `${type.slice(type.lastIndexOf('.') + 1)}.${method}`, inputs: m.inputs, nodes: m.nodes, outputs: m.outputs } };
  }
}

function prefixed(model: GraphModel, p: string): GraphModel {
  // The nodes' lines are in the callee's text, not in the pane's.
  const withoutLine = ({ irLine: _line, ...rest }: NodeModel): NodeModel => rest;
  return { ...renameIds(model, (id) => p + id, withoutLine), nodeCount: model.nodeCount };
}

/** FNV-1a over the strings (two 32-bit lanes): equal texts give equal keys. */
function digest(texts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x811c9dc5) + i;
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}:${texts.reduce((n, t) => n + t.length, 0)}`;
}

export { printedName } from './graph_ids';

function valueModel(v: Value): ValueModel {
  const type = v.type.str();
  return { id: v.debugName(), type, label: shortType(type) };
}

// Note [Folded constants]: a scalar, None, string or short list constant is shown inside
// each of its users; tensors and long lists stay nodes, as their value is not short text.
function isFoldableConstant(n: Node): boolean {
  if (n.kind !== 'prim::Constant' || n.outputs.length !== 1) return false;
  const value = n.attributes.get('value');
  if (value?.kind === 'ival') return attributeStr(value).length <= 24;
  return value === undefined || value.kind === 'i' || value.kind === 'f' || value.kind === 's';
}

function constantText(n: Node): string {
  const value = n.attributes.get('value');
  if (value === undefined) return 'None';
  if (value.kind === 's') return JSON.stringify(value.value);
  if (value.kind === 'i' && n.outputs[0]?.type.str() === 'bool') return value.value ? 'True' : 'False';
  return attributeStr(value);
}

function attrText(n: Node, name: string): string | undefined {
  const a = n.attributes.get(name);
  return a?.kind === 's' ? a.value : undefined;
}

// A submodule read off the module (`%linear = prim::GetAttr[name="linear"](%self)`)
// used only as the receiver of method calls.
function foldableGetAttr(n: Node): boolean {
  if (n.kind !== 'prim::GetAttr' || n.outputs.length !== 1) return false;
  const out = n.outputs[0]!;
  return isModuleType(out.type.str()) && out.uses.length > 0 && out.uses.every((u) => u.user.kind === 'prim::CallMethod' && u.offset === 0);
}

function isModuleType(type: string): boolean {
  return type.startsWith('__torch__.');
}

/** `Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)` to `Float(3, 4)`; class types to their last name. */
export function shortType(type: string): string {
  return type
    .replace(/__torch__\.[\w.]*\.(\w+)/g, '$1')
    .replace(/, strides=\[[^\]]*\]/g, '')
    .replace(/, requires_grad=\d/g, '')
    .replace(/, device=[\w:]+/g, '');
}

const nodeLinePattern = /^\s*(?:%.* = )?[A-Za-z_]\w*::[A-Za-z_][\w.]*[[(]/;

/**
 * The 1-based text line of each node, in program order (the order the printer uses).
 * Undefined when the count does not match, so a surprise in the text never misplaces a highlight.
 */
export function nodeLines(text: string, nodeCount: number): number[] | undefined {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (nodeLinePattern.test(line)) lines.push(i + 1);
  });
  return lines.length === nodeCount ? lines : undefined;
}
