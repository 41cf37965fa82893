/** A laid-out graph, ready to draw: what the layout worker sends the graph view. */
import type { GraphModel } from '../../api/graph_model';

export interface DrawnNode {
  readonly id: string;
  /** op: an IR node; input/output: the graph's; param/return: a block's. */
  readonly role: 'op' | 'input' | 'output' | 'param' | 'return';
  /** The node kind (`aten::add`), for ops. */
  readonly kind?: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly compound?: boolean;
  readonly collapsed?: boolean;
  /** A module call drawn as a group holding its method's graph; a click opens it. */
  readonly call?: boolean;
  /** `%x : Float(3, 4)` per output, for the tooltip and search. */
  readonly outputs?: readonly string[];
  readonly sourceLine?: number;
  readonly irLine?: number;
  /** Relative to the parent (the block or the graph). */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly blocks?: readonly DrawnBlock[];
}

export interface DrawnBlock {
  readonly id: string;
  readonly name: string;
  readonly header: string;
  /** Relative to the owning node. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly children: readonly DrawnNode[];
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Absolute (graph) coordinates. */
  readonly points: readonly (readonly [number, number])[];
  readonly label?: { readonly x: number; readonly y: number; readonly text: string };
}

export interface DrawnGraph {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly DrawnEdge[];
  /** Milliseconds ELK took in the worker. */
  readonly layoutMs: number;
}

export interface LayoutCall {
  readonly model: GraphModel;
  readonly collapsed: readonly string[];
}
