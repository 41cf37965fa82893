/**
 * Parses `.graph` text back into a Graph, so pass tests can go IR text in, IR
 * text out. Value names are kept: `%x.1` becomes a debug name and `%21` the
 * value's unique number, so print(parse(text)) reproduces the text.
 * The text is test or reference data: malformed input throws an Error.
 */
import type { SourceRange } from '../lang/source';
import type { Attribute, IValue, TensorConstant } from './attributes';
import type { Block } from './block';
import { unquoteString } from './format';
import { Graph } from './graph';
import { TokenStream } from './lexer';
import type { Node } from './node';
import { parseType } from './type_parser';
import { TensorType } from './types';
import type { Type } from './types';
import type { Value } from './value';

/** Parses one graph in PyTorch's text format. Source comments (`# f.py:3:4`) become node sources. */
export function parseIR(text: string): Graph {
  return new IRParser(text).parseGraph();
}

class IRParser {
  private readonly ts: TokenStream;
  private readonly graph = new Graph();
  private readonly values = new Map<string, Value>();

  constructor(text: string) {
    this.ts = TokenStream.of(text);
    // Note [Printed numbers]: numeric names are kept as unique numbers, so named
    // values must take their numbers from above the largest printed one.
    const numbers = [...text.matchAll(/%(\d+)\b/g)].map((m) => Number(m[1]));
    this.graph.reserveUniques(Math.max(-1, ...numbers));
  }

  parseGraph(): Graph {
    const ts = this.ts;
    ts.expect('graph');
    this.parseParams((type) => this.graph.addInput(undefined, type));
    ts.expect(':');
    this.parseStatements(this.graph.block, 'return');
    for (const v of this.parseRefs()) this.graph.registerOutput(v);
    if (ts.peek().kind !== 'eof') ts.fail('expected end of graph');
    return this.graph;
  }

  // `(%a : int, %b : Tensor)`: makes each value with `make` and names it.
  private parseParams(make: (type: Type) => Value): void {
    const ts = this.ts;
    ts.expect('(');
    while (!ts.accept(')')) {
      const name = ts.expectKind('value').text;
      ts.expect(':');
      this.define(name, make(parseType(ts, 'ir')));
      if (!ts.at(')')) ts.expect(',');
    }
  }

  private define(name: string, v: Value): void {
    if (this.values.has(name)) this.ts.fail(`value %${name} defined twice`);
    if (/^\d+$/.test(name)) v.unique = Number(name);
    else v.setDebugName(name);
    this.values.set(name, v);
  }

  private parseRefs(): Value[] {
    const ts = this.ts;
    const refs: Value[] = [];
    ts.expect('(');
    while (!ts.accept(')')) {
      const name = ts.expectKind('value').text;
      refs.push(this.values.get(name) ?? ts.fail(`use of undefined value %${name}`));
      if (!ts.at(')')) ts.expect(',');
    }
    return refs;
  }

  private parseStatements(block: Block, terminator: 'return' | '->'): void {
    const ts = this.ts;
    while (!ts.accept(terminator)) {
      if (ts.peek().kind === 'eof') ts.fail(`expected '${terminator}'`);
      this.parseNode(block);
    }
  }

  private parseNode(block: Block): void {
    const ts = this.ts;
    const outs: { name: string; type: Type }[] = [];
    while (ts.peek().kind === 'value') {
      const name = ts.next().text;
      ts.expect(':');
      outs.push({ name, type: parseType(ts, 'ir') });
      if (!ts.at('=')) ts.expect(',');
    }
    ts.expect('=');
    let kind = ts.expectKind('ident').text;
    ts.expect('::');
    kind += `::${ts.expectKind('ident').text}`;
    while (ts.at('.') && ts.peek(1).kind === 'ident') kind += `.${(ts.next(), ts.next()).text}`;
    const node = this.graph.create(kind, [], 0);
    const attrs = ts.at('[') ? this.parseAttributes() : [];
    for (const v of this.parseRefs()) node.addInput(v);
    block.appendNode(node);
    for (const o of outs) this.define(o.name, node.addOutput(o.type));
    const firstType = outs[0]?.type;
    for (const [name, value] of attrs) node.setAttribute(name, value(firstType));
    if (ts.at(',') && ts.peek(1).text === 'scope') node.scope = this.parseScope();
    if (ts.peek().kind === 'comment' && !ts.peek().newlineBefore) this.parseSource(node, ts.next().text);
    while (ts.peek().kind === 'ident' && /^block\d+$/.test(ts.peek().text)) {
      ts.next();
      const b = node.addBlock();
      this.parseParams((type) => b.addInput(undefined, type));
      ts.expect(':');
      this.parseStatements(b, '->');
      for (const v of this.parseRefs()) b.registerOutput(v);
    }
  }

  // `, scope: __module.sub/__module.sub.0`, the path lexed as one token.
  private parseScope(): string {
    const ts = this.ts;
    ts.next();
    ts.next();
    ts.expect(':');
    return ts.next().text;
  }

  private parseSource(node: Node, text: string): void {
    const m = /^(.*):(\d+):(\d+)$/.exec(text);
    if (!m) return;
    // Only line and column are printed; offsets are unknown here and left at 0.
    const start = { line: Number(m[2]), col: Number(m[3]), offset: 0 };
    const range: SourceRange = { start, end: start };
    node.setSourceRange(m[1]!, range);
  }

  // Attribute values whose kind depends on the output type (tensors) are built late.
  private parseAttributes(): [string, (t: Type | undefined) => Attribute][] {
    const ts = this.ts;
    const attrs: [string, (t: Type | undefined) => Attribute][] = [];
    ts.expect('[');
    while (!ts.accept(']')) {
      const name = ts.expectKind('ident').text;
      ts.expect('=');
      const value = this.parseIValue();
      attrs.push([name, (t) => toAttribute(value, t)]);
      if (!ts.at(']')) ts.expect(',');
    }
    return attrs;
  }

  private parseIValue(): IValue {
    const ts = this.ts;
    const t = ts.next();
    if (t.kind === 'string') return { kind: 'str', value: unquoteString(t.text) };
    if (t.kind === 'number') return parseNumber(t.text);
    if (t.text === 'True' || t.text === 'False') return { kind: 'bool', value: t.text === 'True' };
    if (t.text === 'None') return { kind: 'none' };
    if (t.text === '<') {
      ts.expect('Tensor');
      ts.expect('>');
      return { kind: 'tensor', value: { scalarType: 'Float', sizes: [] } };
    }
    if (t.text === '{') {
      const item = parseNumber(ts.expectKind('number').text);
      ts.expect('}');
      const data = [item.kind === 'int' ? Number(item.value) : (item as { value: number }).value];
      return { kind: 'tensor', value: { scalarType: item.kind === 'float' ? 'Float' : 'Long', sizes: [], data } };
    }
    if (t.text === '[' || t.text === '(') {
      const close = t.text === '[' ? ']' : ')';
      const items: IValue[] = [];
      while (!ts.accept(close)) {
        items.push(this.parseIValue());
        if (!ts.at(close)) ts.expect(',');
      }
      return { kind: close === ']' ? 'list' : 'tuple', items };
    }
    return ts.fail('expected an attribute value');
  }
}

function parseNumber(text: string): IValue {
  if (/^-?\d+$/.test(text)) {
    const big = BigInt(text);
    const safe = big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER);
    return { kind: 'int', value: safe ? Number(text) : big };
  }
  if (text.endsWith('inf')) return { kind: 'float', value: text.startsWith('-') ? -Infinity : Infinity };
  return { kind: 'float', value: text.endsWith('nan') ? NaN : Number(text) };
}

// Picks PyTorch's attribute kind for a parsed value.
function toAttribute(v: IValue, outputType: Type | undefined): Attribute {
  switch (v.kind) {
    case 'int':
      return { kind: 'i', value: v.value };
    case 'float':
      return { kind: 'f', value: v.value };
    case 'str':
      return { kind: 's', value: v.value };
    case 'tensor': {
      const scalarType = outputType instanceof TensorType ? outputType.scalarType : undefined;
      const sizes = outputType instanceof TensorType && outputType.sizes ? outputType.sizes.map((s) => s ?? 0) : v.value.sizes;
      const value: TensorConstant = { ...v.value, scalarType: scalarType ?? v.value.scalarType, sizes };
      return { kind: 't', value };
    }
    case 'list': {
      const kinds = new Set(v.items.map((i) => i.kind));
      const only = kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? 'int' : undefined;
      const values = v.items.map((i) => (i as { value: unknown }).value);
      if (only === 'int') return { kind: 'is', value: values as (number | bigint)[] };
      if (only === 'float') return { kind: 'fs', value: values as number[] };
      if (only === 'str') return { kind: 'ss', value: values as string[] };
      return { kind: 'ival', value: v };
    }
    default:
      return { kind: 'ival', value: v };
  }
}
