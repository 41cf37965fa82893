// Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking.
import type { Expr } from '../lang/ast';
import type { Interpreter } from './interpreter';
import type { Frame } from './frame';
import type { PyValue } from './objects';
import { pyError } from './errors';
import { lookupName, storeName } from './statements';

export function assignTarget(it: Interpreter, frame: Frame, t: Expr, v: PyValue): void {
  switch (t.kind) {
    case 'Name':
      storeName(frame, t.id, v);
      return;
    case 'Attribute':
      it.setAttr(it.eval(frame, t.value), t.attr, v);
      return;
    case 'Subscript': {
      const obj = it.eval(frame, t.value);
      it.setItem(obj, it.eval(frame, t.slice), v);
      return;
    }
    case 'Tuple':
    case 'List':
      unpack(it, frame, t.elts, v);
      return;
    case 'Starred':
      throw pyError('SyntaxError', 'starred assignment target must be in a list or tuple');
    default:
      throw pyError('SyntaxError', `cannot assign to ${t.kind}`);
  }
}

function unpack(it: Interpreter, frame: Frame, targets: readonly Expr[], v: PyValue): void {
  const items = [...it.iterate(v)];
  const star = targets.findIndex((t) => t.kind === 'Starred');
  if (star < 0) {
    if (items.length > targets.length) throw pyError('ValueError', `too many values to unpack (expected ${targets.length})`);
    if (items.length < targets.length) throw pyError('ValueError', `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
    targets.forEach((t, i) => assignTarget(it, frame, t, items[i]!));
    return;
  }
  const after = targets.length - star - 1;
  if (items.length < targets.length - 1) {
    throw pyError('ValueError', `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`);
  }
  targets.slice(0, star).forEach((t, i) => assignTarget(it, frame, t, items[i]!));
  const starred = targets[star]!;
  if (starred.kind === 'Starred') assignTarget(it, frame, starred.value, items.slice(star, items.length - after));
  targets.slice(star + 1).forEach((t, i) => assignTarget(it, frame, t, items[items.length - after + i]!));
}

export function deleteTarget(it: Interpreter, frame: Frame, t: Expr): void {
  switch (t.kind) {
    case 'Name':
      lookupName(it, frame, t.id);
      frame.locals.delete(t.id);
      return;
    case 'Subscript': {
      const obj = it.eval(frame, t.value);
      it.call(it.getAttr(obj, '__delitem__'), [it.eval(frame, t.slice)]);
      return;
    }
    case 'Attribute':
      it.call(it.builtins.get('delattr')!, [it.eval(frame, t.value), t.attr]);
      return;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) deleteTarget(it, frame, e);
      return;
    default:
      throw pyError('SyntaxError', `cannot delete ${t.kind}`);
  }
}
