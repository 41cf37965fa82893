// Python operators on Python values, and on tensors through the operator registry.
import type { CmpOperator, Operator, UnaryOperator } from '../lang/ast';
import { Tensor } from '../runtime/tensor';
import { DTypeValue, DictValue, TupleValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyInstance, PyRange, SizeValue, tupleOf } from './objects';
import { pyError } from './errors';
import { invokeOp } from './dispatch';
import { noteConversion } from './tracing';
import { pyEquals, containsValue, compareValues } from './containers';
import { percentFormat } from './format_spec';
import { PySet } from './sets';
import { floorDiv, floorMod, numberOf, powNumbers } from './numbers';

const TENSOR_OPS: Record<Operator, string> = {
  Add: 'add',
  Sub: 'sub',
  Mult: 'mul',
  MatMult: 'matmul',
  Div: 'div',
  Mod: 'remainder',
  Pow: 'pow',
  LShift: '__lshift__',
  RShift: '__rshift__',
  BitOr: 'bitwise_or',
  BitXor: 'bitwise_xor',
  BitAnd: 'bitwise_and',
  FloorDiv: 'floor_divide',
};

const SYMBOLS: Record<Operator, string> = {
  Add: '+',
  Sub: '-',
  Mult: '*',
  MatMult: '@',
  Div: '/',
  Mod: '%',
  Pow: '** or pow()',
  LShift: '<<',
  RShift: '>>',
  BitOr: '|',
  BitXor: '^',
  BitAnd: '&',
  FloorDiv: '//',
};

const DUNDER: Record<Operator, string> = {
  Add: 'add',
  Sub: 'sub',
  Mult: 'mul',
  MatMult: 'matmul',
  Div: 'truediv',
  Mod: 'mod',
  Pow: 'pow',
  LShift: 'lshift',
  RShift: 'rshift',
  BitOr: 'or',
  BitXor: 'xor',
  BitAnd: 'and',
  FloorDiv: 'floordiv',
};

function isNumber(v: PyValue): v is bigint | number | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

/** A binary operator with a tensor on either side (reflected forms as PyTorch's Tensor.__r*__). */
function tensorBinary(op: Operator, a: PyValue, b: PyValue): PyValue {
  const name = `aten::${TENSOR_OPS[op]}`;
  if (a instanceof Tensor) return invokeOp(name, [a, b]);
  const t = b as Tensor;
  switch (op) {
    case 'Add':
    case 'Mult':
    case 'BitAnd':
    case 'BitOr':
    case 'BitXor':
      return invokeOp(name, [t, a]);
    case 'Sub':
      return invokeOp('aten::rsub', [t, a]);
    case 'Div':
      return invokeOp('aten::mul', [invokeOp('aten::reciprocal', [t]), a]);
    case 'Pow':
      return invokeOp('aten::pow', [a, t]);
    default:
      return invokeOp(name, [invokeOp('aten::scalar_tensor', [a], new Map([['dtype', null]])), t]);
  }
}

export function binaryOp(it: Interpreter, op: Operator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof Tensor || b instanceof Tensor) {
    if ((a instanceof Tensor || isNumber(a)) && (b instanceof Tensor || isNumber(b))) return tensorBinary(op, a, b);
  }
  if (isNumber(a) && isNumber(b)) return numberBinary(op, a, b);
  const special = sequenceBinary(it, op, a, b);
  if (special !== undefined) return special;
  for (const [self, other, prefix] of [[a, b, '__'], [b, a, '__r']] as const) {
    if (self instanceof PyInstance) {
      const m = self.cls.lookup(`${prefix}${DUNDER[op]}__`);
      if (m !== undefined) return it.call(m, [self, other]);
    }
    if (self instanceof PySet && prefix === '__' && other instanceof PySet) {
      const m = self.getAttr(`__${DUNDER[op]}__`);
      if (m !== undefined) return it.call(m, [other]);
    }
  }
  throw pyError('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: '${it.typeName(a)}' and '${it.typeName(b)}'`);
}

function numberBinary(op: Operator, a: bigint | number | boolean, b: bigint | number | boolean): PyValue {
  const ai = typeof a === 'number' ? null : typeof a === 'boolean' ? BigInt(a) : a;
  const bi = typeof b === 'number' ? null : typeof b === 'boolean' ? BigInt(b) : b;
  if (ai !== null && bi !== null) {
    switch (op) {
      case 'Add':
        return ai + bi;
      case 'Sub':
        return ai - bi;
      case 'Mult':
        return ai * bi;
      case 'Div':
        if (bi === 0n) throw pyError('ZeroDivisionError', 'division by zero');
        return Number(ai) / Number(bi);
      case 'FloorDiv':
        if (bi === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
        return floorDiv(ai, bi);
      case 'Mod':
        if (bi === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
        return floorMod(ai, bi);
      case 'Pow':
        return powNumbers(ai, bi);
      case 'LShift':
        return ai << bi;
      case 'RShift':
        return ai >> bi;
      case 'BitAnd':
        return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : ai & bi;
      case 'BitOr':
        return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : ai | bi;
      case 'BitXor':
        return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : ai ^ bi;
      case 'MatMult':
        break;
    }
    throw pyError('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: 'int' and 'int'`);
  }
  const x = numberOf(a);
  const y = numberOf(b);
  switch (op) {
    case 'Add':
      return x + y;
    case 'Sub':
      return x - y;
    case 'Mult':
      return x * y;
    case 'Div':
      if (y === 0) throw pyError('ZeroDivisionError', 'float division by zero');
      return x / y;
    case 'FloorDiv':
      if (y === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
      return Math.floor(x / y);
    case 'Mod': {
      if (y === 0) throw pyError('ZeroDivisionError', 'float modulo');
      const r = x % y;
      return r !== 0 && r < 0 !== y < 0 ? r + y : r === 0 ? (y < 0 ? -0 : 0) : r;
    }
    case 'Pow':
      return powNumbers(x, y);
    default:
      throw pyError('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: '${typeof a === 'number' ? 'float' : 'int'}' and '${typeof b === 'number' ? 'float' : 'int'}'`);
  }
}

function repeatCount(n: PyValue): number | null {
  if (typeof n === 'bigint') return Math.max(0, Number(n));
  if (typeof n === 'boolean') return n ? 1 : 0;
  return null;
}

function sequenceBinary(it: Interpreter, op: Operator, a: PyValue, b: PyValue): PyValue | undefined {
  if (op === 'Add') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
    if (a instanceof TupleValue && b instanceof TupleValue) {
      const items = [...a.elements, ...b.elements];
      return a instanceof SizeValue ? new SizeValue(items as bigint[]) : tupleOf(items);
    }
  }
  if (op === 'Mult') {
    const [seq, n] = repeatCount(b) !== null ? [a, repeatCount(b)!] : repeatCount(a) !== null ? [b, repeatCount(a)!] : [null, 0];
    if (typeof seq === 'string') return seq.repeat(n);
    if (Array.isArray(seq)) return Array.from({ length: n }, () => seq).flat();
    if (seq instanceof TupleValue) {
      const items = Array.from({ length: n }, () => seq.elements).flat();
      return seq instanceof SizeValue ? new SizeValue(items as bigint[]) : tupleOf(items);
    }
  }
  if (op === 'Mod' && typeof a === 'string') return percentFormat(it, a, b instanceof TupleValue ? (b.elements as PyValue[]) : [b]);
  if (op === 'BitOr' && a instanceof DictValue && b instanceof DictValue) return new DictValue([...a.map, ...b.map]);
  return undefined;
}

const INPLACE_TENSOR: Partial<Record<Operator, string>> = {
  Add: 'add_',
  Sub: 'sub_',
  Mult: 'mul_',
  Div: 'div_',
  Pow: 'pow_',
  FloorDiv: 'floor_divide_',
  Mod: 'remainder_',
  BitAnd: 'bitwise_and_',
  BitOr: 'bitwise_or_',
  BitXor: 'bitwise_xor_',
};

/** `a op= b`: tensors and lists update in place; other values rebind. */
export function inplaceOp(it: Interpreter, op: Operator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof Tensor && INPLACE_TENSOR[op] !== undefined && (b instanceof Tensor || isNumber(b))) {
    return invokeOp(`aten::${INPLACE_TENSOR[op]}`, [a, b]);
  }
  if (Array.isArray(a) && op === 'Add') {
    (a as PyValue[]).push(...it.iterate(b));
    return a;
  }
  if (a instanceof PyInstance) {
    const m = a.cls.lookup(`__i${DUNDER[op]}__`);
    if (m !== undefined) return it.call(m, [a, b]);
  }
  return binaryOp(it, op, a, b);
}

export function unaryOp(it: Interpreter, op: UnaryOperator, v: PyValue): PyValue {
  if (op === 'Not') return !truthy(it, v);
  if (v instanceof Tensor) {
    if (op === 'USub') return invokeOp('aten::neg', [v]);
    if (op === 'UAdd') return v;
    return invokeOp('aten::bitwise_not', [v]);
  }
  if (typeof v === 'boolean') v = v ? 1n : 0n;
  if (typeof v === 'bigint') return op === 'USub' ? -v : op === 'UAdd' ? v : ~v;
  if (typeof v === 'number' && op !== 'Invert') return op === 'USub' ? -v : v;
  if (v instanceof PyInstance) {
    const m = v.cls.lookup(op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__');
    if (m !== undefined) return it.call(m, [v]);
  }
  const sym = op === 'USub' ? '-' : op === 'UAdd' ? '+' : '~';
  throw pyError('TypeError', `bad operand type for unary ${sym}: '${it.typeName(v)}'`);
}

const CMP_TENSOR: Partial<Record<CmpOperator, string>> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' };
const CMP_SYMBOL: Partial<Record<CmpOperator, string>> = { Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };
const FLIPPED: Partial<Record<CmpOperator, CmpOperator>> = { Lt: 'Gt', LtE: 'GtE', Gt: 'Lt', GtE: 'LtE', Eq: 'Eq', NotEq: 'NotEq' };

// torch.dtype objects are singletons in Python; `t.dtype` makes a new DTypeValue each time.
function isSame(a: PyValue, b: PyValue): boolean {
  return a === b || (a instanceof DTypeValue && b instanceof DTypeValue && a.dtype === b.dtype);
}

export function compareOp(it: Interpreter, op: CmpOperator, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case 'Is':
      return isSame(a, b);
    case 'IsNot':
      return !isSame(a, b);
    case 'In':
      return containsValue(it, b, a);
    case 'NotIn':
      return !containsValue(it, b, a);
    default:
      break;
  }
  if (a instanceof Tensor && (b instanceof Tensor || isNumber(b))) return invokeOp(`aten::${CMP_TENSOR[op]}`, [a, b]);
  if (b instanceof Tensor && isNumber(a)) return invokeOp(`aten::${CMP_TENSOR[FLIPPED[op]!]}`, [b, a]);
  if (op === 'Eq') return pyEquals(it, a, b);
  if (op === 'NotEq') return !pyEquals(it, a, b);
  const c = compareValues(it, a, b, CMP_SYMBOL[op]!);
  switch (op) {
    case 'Lt':
      return c < 0;
    case 'LtE':
      return c <= 0;
    case 'Gt':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Python truthiness; a tensor must have exactly one element. */
export function truthy(it: Interpreter, v: PyValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof TupleValue) return v.elements.length > 0;
  if (v instanceof DictValue) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof Tensor) {
    if (v.numel !== 1) {
      throw pyError('RuntimeError', v.numel === 0 ? 'Boolean value of Tensor with no values is ambiguous' : 'Boolean value of Tensor with more than one value is ambiguous');
    }
    noteConversion('bool');
    return v.item() !== 0;
  }
  if (v instanceof PySet) return v.items.map.size > 0;
  if (v instanceof PyInstance) {
    const b = v.cls.lookup('__bool__');
    if (b !== undefined) return truthy(it, it.call(b, [v]));
    const len = v.cls.lookup('__len__');
    if (len !== undefined) return truthy(it, it.call(len, [v]));
  }
  return true;
}
