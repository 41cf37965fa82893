/**
 * Augmented assignment, after emitAugAssignment in ir_emitter.cpp: on a Tensor
 * `x += 1` is the in-place `aten::add_` (the variable is rebound to its
 * result); on immutable values it is `x = x + 1`; subscript and attribute
 * targets read, combine and write back.
 */
import type { AugAssign, Subscript } from '../lang/ast';
import { ListType, TensorType } from '../ir/types';
import type { Value } from '../ir/value';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { callOp, emitMagic } from './ir_emitter_calls';
import { emitExpr, emitSugared } from './ir_emitter_exprs';
import { emitSubscript, emitSubscriptAssignValue } from './ir_emitter_subscript';
import { simple } from './sugared_value';

const inplaceOps: Readonly<Record<string, string>> = {
  Add: 'aten::add_', Sub: 'aten::sub_', Mult: 'aten::mul_', Div: 'aten::div_', Pow: 'aten::pow_',
  BitAnd: 'aten::__iand__', BitOr: 'aten::__ior__', BitXor: 'aten::__ixor__', Mod: 'aten::remainder_',
  FloorDiv: 'aten::floor_divide_', LShift: 'aten::__ilshift__', RShift: 'aten::__irshift__',
};

function combine(em: FunctionEmitter, s: AugAssign, current: Value): Value {
  const rhs = emitExpr(em, s.value);
  const mutable = current.type instanceof TensorType || (current.type instanceof ListType && s.op === 'Add');
  if (mutable) {
    const name = current.type instanceof ListType ? 'aten::extend' : inplaceOps[s.op];
    if (!name) throw scriptError('unsupported-syntax', s.range, { what: `In-place ${s.op}` });
    const out = callOp(em, name, [current, rhs], s.range);
    return current.type instanceof ListType ? current : out;
  }
  return emitMagic(em, s.op, current, rhs, s.range);
}

export function emitAugAssign(em: FunctionEmitter, s: AugAssign): void {
  const t = s.target;
  if (t.kind === 'Name') {
    const current = em.asValue(em.env.get(t.id, t.range), t.range);
    em.env.set(t.id, simple(combine(em, s, current)), t.range);
    return;
  }
  if (t.kind === 'Subscript') {
    const current = em.asValue(emitSubscript(em, t as Subscript), t.range);
    const out = combine(em, s, current);
    if (!(current.type instanceof TensorType)) emitSubscriptAssignValue(em, t, out);
    return;
  }
  if (t.kind === 'Attribute') {
    const obj = emitSugared(em, t.value);
    const current = em.asValue(em.asAttribute(obj, t.attr, t.range), t.range);
    // As emitAugAssignmentToSelectVar: the result is set back even when it was in place.
    em.assignTo(t, simple(combine(em, s, current)));
    return;
  }
  throw scriptError('unsupported-syntax', t.range, { what: `augmented assignment to ${t.kind}` });
}

export const emitSubscriptAssign = emitSubscriptAssignValue;
