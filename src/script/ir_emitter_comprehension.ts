/**
 * Comprehensions, after emitListComprehension / emitDictComprehension in ir_emitter.cpp:
 * an empty container, then a loop over the one generator that appends or sets items.
 */
import type { Comprehension, DictComp, ListComp } from '../lang/ast';
import { DictType, ListType, StringType, TensorType } from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { callOp } from './ir_emitter_calls';
import { emitLoop } from './ir_emitter_control';
import { emitExpr } from './ir_emitter_exprs';
import { emitIterable } from './ir_emitter_iter';

/** `[f(x) for x in xs]`: an empty list and a loop that appends (as PyTorch emits it). */
export function emitListComp(em: FunctionEmitter, e: ListComp, typeHint?: Type): Value {
  const hint = typeHint instanceof ListType ? typeHint : undefined;
  const list = em.b.insert1('prim::ListConstruct', [], hint ?? new ListType(TensorType.get()));
  emitComprehension(em, e.generators, e.range, () => {
    const v = emitExpr(em, e.elt, hint?.elementType);
    if (!hint) list.setType(new ListType(v.type));
    callOp(em, 'aten::append', [list, v], e.range);
  });
  return list;
}

/** `{k: v for x in xs}`: an empty dict (Dict[str, Tensor] until the first item says otherwise) and `_set_item`. */
export function emitDictComp(em: FunctionEmitter, e: DictComp, typeHint?: Type): Value {
  const hint = typeHint instanceof DictType ? typeHint : undefined;
  const dict = em.b.insert1('prim::DictConstruct', [], hint ?? new DictType(StringType, TensorType.get()));
  emitComprehension(em, e.generators, e.range, () => {
    const k = emitExpr(em, e.key, hint?.keyType);
    const v = emitExpr(em, e.value, hint?.valueType);
    if (!hint) dict.setType(new DictType(k.type, v.type));
    callOp(em, 'aten::_set_item', [dict, k, v], e.range);
  });
  return dict;
}

function emitComprehension(em: FunctionEmitter, generators: readonly Comprehension[], range: SourceRange, body: () => void): void {
  const gen = generators[0]!;
  if (gen.ifs.length > 0) throw scriptError('comprehension-ifs', { start: range.start, end: range.start });
  if (generators.length !== 1) throw scriptError('comprehension-generators', { start: range.start, end: range.start });
  const it = emitIterable(em, gen.iter);
  if (it.kind === 'unrolled') {
    for (const item of it.items) {
      em.env.inFrame(() => {
        em.assignTo(gen.target, item);
        body();
      });
    }
    return;
  }
  em.env.inFrame(() =>
    emitLoop(em, range, it.length, em.b.bool(true), [], (counter) => {
      em.assignTo(gen.target, it.item(counter));
      body();
    }),
  );
}
