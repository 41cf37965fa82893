/** prim::Constant nodes: building them from values and reading values back (PyTorch's insertConstant / toIValue). */
import type { IValue, TensorConstant } from './attributes';
import type { Graph } from './graph';
import type { Node } from './node';
import {
  BoolType, DeviceObjType, FloatType, IntType, ListType, NoneType, StringType, TensorType, TupleType,
} from './types';
import type { Type } from './types';
import type { Value } from './value';

/** The TorchScript type of a constant value. */
export function ivalueType(v: IValue): Type {
  switch (v.kind) {
    case 'int':
      return IntType;
    case 'float':
      return FloatType;
    case 'bool':
      return BoolType;
    case 'str':
      return StringType;
    case 'none':
      return NoneType;
    case 'device':
      return DeviceObjType;
    case 'tuple':
      return new TupleType(v.items.map(ivalueType));
    case 'list':
      return new ListType(v.items[0] ? ivalueType(v.items[0]) : IntType);
    case 'tensor':
      return tensorConstantType(v.value);
  }
}

// Constant tensors print as `Float(2, strides=[1], requires_grad=0, device=cpu)`.
function tensorConstantType(t: TensorConstant): TensorType {
  const strides = t.sizes.map((_, i) => t.sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  return TensorType.create({ scalarType: t.scalarType, sizes: t.sizes, strides, requiresGrad: false, device: 'cpu' });
}

/** A detached `prim::Constant` producing `value`, with PyTorch's attribute kind for it. */
export function createConstant(graph: Graph, value: IValue): Node {
  const n = graph.create('prim::Constant', [], 1);
  n.output().setType(ivalueType(value));
  switch (value.kind) {
    case 'int':
      return n.i_('value', value.value);
    case 'bool':
      return n.i_('value', value.value ? 1 : 0);
    case 'float':
      return n.f_('value', value.value);
    case 'str':
    case 'device':
      return n.s_('value', value.value);
    case 'none':
      return n;
    case 'tensor':
      return n.setAttribute('value', { kind: 't', value: value.value });
    case 'list': {
      const kinds = new Set(value.items.map((i) => i.kind));
      const only = kinds.size === 1 ? [...kinds][0] : undefined;
      const raw = value.items.map((i) => (i as { value: unknown }).value);
      if (only === 'int' || value.items.length === 0) return n.setAttribute('value', { kind: 'is', value: raw as number[] });
      if (only === 'float') return n.setAttribute('value', { kind: 'fs', value: raw as number[] });
      if (only === 'str') return n.setAttribute('value', { kind: 'ss', value: raw as string[] });
      return n.setAttribute('value', { kind: 'ival', value });
    }
    case 'tuple':
      return n.setAttribute('value', { kind: 'ival', value });
  }
}

/** Creates a constant at the graph's insertion point and returns its value. */
export function insertConstant(graph: Graph, value: IValue): Value {
  return graph.insertNode(createConstant(graph, value)).output();
}

/** The value of a `prim::Constant` node, or undefined for other nodes. */
export function constantValue(n: Node): IValue | undefined {
  if (n.kind !== 'prim::Constant' || n.outputs.length !== 1) return undefined;
  const type = n.output().type;
  const attr = n.attributes.get('value');
  if (!attr) return type === NoneType ? { kind: 'none' } : undefined;
  switch (attr.kind) {
    case 'i':
      return type === BoolType ? { kind: 'bool', value: attr.value !== 0 } : { kind: 'int', value: attr.value };
    case 'f':
      return { kind: 'float', value: attr.value };
    case 's':
      return type === DeviceObjType ? { kind: 'device', value: attr.value } : { kind: 'str', value: attr.value };
    case 'is':
      return { kind: 'list', items: attr.value.map((value) => ({ kind: 'int', value })) };
    case 'fs':
      return { kind: 'list', items: attr.value.map((value) => ({ kind: 'float', value })) };
    case 'ss':
      return { kind: 'list', items: attr.value.map((value) => ({ kind: 'str', value })) };
    case 't':
      return { kind: 'tensor', value: attr.value };
    case 'ival':
      return attr.value;
    default:
      return undefined;
  }
}
