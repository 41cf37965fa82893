/**
 * Control flow: `if` as prim::If with block outputs for the variables its
 * branches assign, `for`/`while` as prim::Loop with loop-carried values, and
 * early `return`/`break`/`continue`.
 *
 * Note [Exits]: PyTorch emits exit statements and rewrites them afterwards
 * (exit_transforms.cpp). We lower them while emitting, to the same shapes: a
 * statement list has a Flow; a branch that exits yields the target's "exit
 * values" (the return value; or the loop condition and the carried values).
 * When only one branch of an `if` exits, the statements after the `if` are
 * emitted into the other branch. Otherwise the `if` gets an "exited" flag
 * output and the rest is guarded by `prim::If(flag)`. Paths that exited give
 * `prim::Uninitialized` for values they never computed.
 */
import type { Expr, For, If, Stmt, While } from '../lang/ast';
import type { Block } from '../ir/block';
import type { Node } from '../ir/node';
import { BoolType, IntType } from '../ir/types';
import { unifyTypes } from '../ir/unify';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import type { Frame } from './environment';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { emitCondition } from './ir_emitter_exprs';
import type { Refinement } from './ir_emitter_exprs';
import { emitIterable } from './ir_emitter_iter';
import { simple } from './sugared_value';
import { emitWithExits } from './with_statement';
import { assignedNames, containsReturn, mayExit } from './control_analysis';

export type ExitTarget =
  | { readonly kind: 'function' }
  | { readonly kind: 'loop'; readonly carried: readonly string[]; readonly test?: Expr; readonly returns?: Type };

/** `byReturn`: the exit is a `return` (Note [Exit shapes]). */
export type Flow =
  | { readonly kind: 'normal' }
  | { readonly kind: 'exit'; readonly values: readonly Value[]; readonly byReturn?: boolean }
  | { readonly kind: 'maybe'; readonly flag: Value; readonly values: readonly Value[]; readonly byReturn?: boolean };

const NORMAL: Flow = { kind: 'normal' };

/** The exit values of `target` at this point: what falling off its end means. */
function fallThroughValues(em: FunctionEmitter, target: ExitTarget, implicit: () => Value[], isContinue = true): Value[] {
  if (target.kind === 'function') return implicit();
  const cond = !isContinue ? em.b.bool(false) : target.test ? emitCondition(em, target.test).value : em.b.bool(true);
  return loopExitValues(em, target, cond, undefined);
}

// [condition, (did_return, return value,) carried...] for a loop target.
function loopExitValues(em: FunctionEmitter, target: ExitTarget & { kind: 'loop' }, cond: Value, returned: Value | undefined): Value[] {
  const slot = target.returns ? [em.b.bool(returned !== undefined), returned ?? em.b.uninitialized(target.returns)] : [];
  return [cond, ...slot, ...target.carried.map((n) => em.asValue(em.env.get(n, em.def.range), em.def.range))];
}

/** The exit values of the current target for `return value`. */
function returnExitValues(em: FunctionEmitter, value: Value): Value[] {
  const target = em.target;
  if (target.kind === 'function') return [value];
  if (!target.returns) throw new Error('return inside a loop without a return slot');
  return loopExitValues(em, target, em.b.bool(false), value);
}

/** Emits a function or loop body that ends in an exit on every path; returns the exit values. */
export function emitBody(em: FunctionEmitter, stmts: readonly Stmt[], target: ExitTarget, implicit: () => Value[]): Value[] {
  const saved = em.target;
  em.target = target;
  try {
    const flow = emitStatements(em, stmts, () => fallThroughValues(em, target, implicit));
    if (flow.kind === 'exit') return [...flow.values];
    const normal = fallThroughValues(em, target, implicit);
    if (flow.kind === 'normal') return normal;
    // Some path exited and this one fell through: choose by the flag.
    const node = em.b.insert('prim::If', [flow.flag], []);
    const [t, f] = [node.addBlock(), node.addBlock()];
    flow.values.forEach((v) => t.registerOutput(v));
    em.graph.withInsertPoint(f, () => fallThroughValues(em, target, implicit)).forEach((v) => f.registerOutput(v));
    return flow.values.map((v, i) => node.addOutput(unify(v.type, f.outputs[i]!.type)));
  } finally {
    em.target = saved;
  }
}

/**
 * Emits statements up to the first exit. `tail`, when given, makes the exit values of falling off
 * the end of these statements (the end of a loop or function body): a branch that stays open can
 * yield them directly, so no extra exited flag is needed (as exit_transforms.cpp does).
 */
export function emitStatements(em: FunctionEmitter, stmts: readonly Stmt[], tail?: Tail): Flow {
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    if (s.kind === 'Return' || s.kind === 'Break' || s.kind === 'Continue') {
      const values = exitValues(em, s);
      // Note [Raising blocks]: a block that raises does not exit (the value returned was never made).
      if (em.raisingBlocks.has(em.graph.insertBlock())) return NORMAL;
      return { kind: 'exit', values, byReturn: s.kind === 'Return' };
    }
    // What follows a `raise` is unreachable and is not emitted (as PyTorch's emitStatements).
    if (em.raisingBlocks.has(em.graph.insertBlock())) return NORMAL;
    if (s.kind === 'If' && mayExit([s])) return emitIfWithExits(em, s, stmts.slice(i + 1), tail);
    if (s.kind === 'With' && mayExit([s])) {
      const flow = emitWithExits(em, s, (body) => emitStatements(em, body));
      return guardRest(em, flow, stmts.slice(i + 1), s.range, tail);
    }
    if ((s.kind === 'For' || s.kind === 'While') && containsReturn(s.body)) {
      const slot = s.kind === 'For' ? emitFor(em, s) : emitWhile(em, s);
      if (!slot) throw scriptError('unsupported-syntax', s.range, { what: 'return statements inside unrolled loops' });
      const flow: Flow = { kind: 'maybe', flag: slot[0]!, values: returnExitValues(em, slot[1]!), byReturn: true };
      return guardRest(em, flow, stmts.slice(i + 1), s.range, tail);
    }
    em.emitStatement(s);
  }
  return NORMAL;
}

function exitValues(em: FunctionEmitter, s: Stmt): Value[] {
  const target = em.target;
  if (s.kind === 'Return') {
    const v = s.value ? em.asValue(em.emitRhsValue(s.value), s.value.range) : em.b.none();
    return returnExitValues(em, em.checkReturn(v, s.range));
  }
  if (target.kind !== 'loop') throw scriptError(s.kind === 'Break' ? 'break-outside-loop' : 'continue-outside-loop', s.range);
  return fallThroughValues(em, target, () => [], s.kind === 'Continue');
}

function unify(a: Type, b: Type): Type {
  return unifyTypes(a, b, true) ?? a;
}

interface Branch {
  readonly block: Block;
  readonly frame: Frame;
  flow: Flow;
}

type Tail = () => Value[];

function emitBranch(em: FunctionEmitter, block: Block, stmts: readonly Stmt[], refinements: readonly Refinement[], tail?: Tail): Branch {
  let flow: Flow = NORMAL;
  const frame = em.env.inFrame(() =>
    em.graph.withInsertPoint(block, () => {
      for (const r of refinements) em.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
      flow = withTail(emitStatements(em, stmts, tail), tail);
    }),
  );
  return { block, frame, flow };
}

// A statement list that fell through ends in the tail's exit values, when there is a tail.
function withTail(flow: Flow, tail: Tail | undefined): Flow {
  return flow.kind === 'normal' && tail ? { kind: 'exit', values: tail() } : flow;
}

/** `if` without exits: prim::If whose outputs are the variables either branch assigns. */
export function emitIfStatement(em: FunctionEmitter, s: If): void {
  const flow = emitIfWithExits(em, s, []);
  if (flow.kind !== 'normal') throw scriptError('internal-error', s.range, { detail: 'unexpected exit' });
}

function emitIfWithExits(em: FunctionEmitter, s: If, rest: readonly Stmt[], tail?: Tail): Flow {
  const cond = emitCondition(em, s.test);
  if (cond.static !== undefined) {
    // Only the branch taken is emitted, in place (Note [Static conditions]).
    for (const r of cond.static ? cond.ifTrue : cond.ifFalse) em.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
    return emitStatements(em, [...(cond.static ? s.body : s.orelse), ...rest], tail);
  }
  const node = em.b.insert('prim::If', [cond.value], [], s.range);
  const blocks = [node.addBlock(), node.addBlock()] as const;
  const t = emitBranch(em, blocks[0], s.body, cond.ifTrue);
  const f = emitBranch(em, blocks[1], s.orelse, cond.ifFalse);
  let restDone = false;
  // Only one branch exits: the rest of the statements runs in the other one (Note [Exits]).
  // Note [Exit shapes]: after a `return` the open branch also yields the tail's exit values, after
  // `break`/`continue` it falls through to an exited flag, as PyTorch's graphs show.
  const exiting = t.flow.kind === 'exit' ? t.flow : f.flow;
  const useTail = exiting.kind === 'exit' && exiting.byReturn ? tail : undefined;
  if ((rest.length > 0 || useTail) && (t.flow.kind === 'exit') !== (f.flow.kind === 'exit') && t.flow.kind !== 'maybe' && f.flow.kind !== 'maybe') {
    const open = t.flow.kind === 'exit' ? f : t;
    em.env.frame = reopen(em, open.frame);
    try {
      open.flow = em.graph.withInsertPoint(open.block, () => withTail(emitStatements(em, rest, tail), useTail));
    } finally {
      em.env.pop();
    }
    restDone = true;
  }
  const flow = mergeBranches(em, node, t, f, s.range);
  if (restDone) return flow;
  return guardRest(em, flow, rest, s.range, tail);
}

// The statements after one that may have exited: prim::If(exited) { exit values } { rest }.
function guardRest(em: FunctionEmitter, flow: Flow, rest: readonly Stmt[], range: SourceRange, tail?: Tail): Flow {
  if ((rest.length === 0 && !(tail && flow.kind === 'maybe' && flow.byReturn)) || flow.kind === 'exit') return flow;
  if (flow.kind === 'normal') return emitStatements(em, rest, tail);
  const guard = em.b.insert('prim::If', [flow.flag], []);
  const [g0, g1] = [guard.addBlock(), guard.addBlock()];
  const exited: Branch = { block: g0, frame: em.env.inFrame(() => undefined), flow: { kind: 'exit', values: flow.values } };
  const restBranch = emitBranch(em, g1, rest, [], flow.byReturn ? tail : undefined);
  return mergeBranches(em, guard, exited, restBranch, range);
}

// Re-enters a finished branch frame so more statements can bind into it.
function reopen(em: FunctionEmitter, frame: Frame): Frame {
  if (frame.parent !== em.env.frame) throw new Error('reopen: frame is not a child of the current frame');
  return frame;
}

/**
 * Gives prim::If `node` its outputs: an exited flag and the exit values when
 * some path exits, then one output per variable the branches assign (Note [Exits]).
 */
function mergeBranches(em: FunctionEmitter, node: Node, t: Branch, f: Branch, range: SourceRange): Flow {
  const branches = [t, f];
  const exits = branches.map((br) => br.flow.kind !== 'normal');
  const always = branches.every((br) => br.flow.kind === 'exit');
  const outputs: { values: Value[]; type: Type; name?: string }[] = [];
  // A branch that raised gives Uninitialized exit values of the other branch's types
  // (exit_transforms' matchValuesWithUnitialized), not what falling off its end would give.
  const raised = (br: Branch): boolean => em.raisingBlocks.has(br.block);
  const own = branches.map((br) => (br.flow.kind === 'normal' ? undefined : br.flow.values));
  const values = own.map((v, i) => {
    const other = own[1 - i];
    if (!v || !other || !raised(branches[i]!) || raised(branches[1 - i]!) || v.length !== other.length) return v;
    return em.graph.withInsertPoint(branches[i]!.block, () => other.map((o) => em.b.uninitialized(o.type)));
  });
  const valuesOf = (br: Branch): readonly Value[] | undefined => values[br === t ? 0 : 1];
  if (exits.some((e) => e)) {
    const ref = valuesOf(t) ?? valuesOf(f)!;
    if (!always) {
      const flags = branches.map((br) =>
        em.graph.withInsertPoint(br.block, () => (br.flow.kind === 'exit' ? em.b.bool(true) : br.flow.kind === 'maybe' ? br.flow.flag : em.b.bool(false))),
      );
      outputs.push({ values: flags, type: BoolType });
    }
    ref.forEach((_, i) => {
      const types = branches.map((br) => valuesOf(br)?.[i]?.type).filter((x): x is Type => x !== undefined);
      const type = types.reduce(unify);
      const values = branches.map((br) => valuesOf(br)?.[i] ?? em.graph.withInsertPoint(br.block, () => em.b.uninitialized(type)));
      outputs.push({ values, type });
    });
  }
  const varStart = outputs.length;
  if (!always) mergeVariables(em, t, f, range, outputs);
  node.blocks.forEach((block, bi) => outputs.forEach((o) => block.registerOutput(o.values[bi]!)));
  const results = outputs.map((o) => node.addOutput(o.type));
  outputs.slice(varStart).forEach((o, i) => em.env.set(o.name!, simple(results[varStart + i]!), range, { inherited: false }));
  if (always) return { kind: 'exit', values: results };
  if (exits.some((e) => e)) return { kind: 'maybe', flag: results[0]!, values: results.slice(1, varStart) };
  return NORMAL;
}

function mergeVariables(em: FunctionEmitter, t: Branch, f: Branch, range: SourceRange, outputs: { values: Value[]; type: Type; name?: string }[]): void {
  const names = [...new Set([...t.frame.assignedNames(), ...f.frame.assignedNames()])];
  // Note [Raising blocks]: a raising branch defines nothing; when both raise, so does the `if`.
  const exited = (br: Branch): boolean => br.flow.kind === 'exit' || em.raisingBlocks.has(br.block);
  if (exited(t) && exited(f)) {
    em.raisingBlocks.add(em.graph.insertBlock());
    return;
  }
  for (const name of names) {
    const lookup = (br: Branch): Value | undefined | 'poison' => {
      if (exited(br)) return undefined;
      if (br.frame.bindings.has(name)) {
        const b = br.frame.bindings.get(name)!;
        if ('error' in b) return 'poison';
        return b.sugared.kind === 'value' ? b.sugared.value : undefined;
      }
      const outer = em.env.lookupLocal(name);
      return outer?.kind === 'value' ? outer.value : undefined;
    };
    const tv = lookup(t);
    const fv = lookup(f);
    const missing = (v: Value | undefined | 'poison', br: Branch): boolean => v === 'poison' || (v === undefined && !exited(br));
    if (missing(tv, t) || missing(fv, f)) {
      const branch = missing(tv, t) ? 'true' : 'false';
      em.env.poison(name, scriptError('not-defined-branch', range, { name, branch }));
      continue;
    }
    const present = [tv, fv].filter((v): v is Value => v !== undefined && v !== 'poison');
    const declared = em.env.declaredType(name);
    const fits = declared !== undefined && present.every((v) => v.type.isSubtypeOf(declared));
    // As emitIfElseBlocks: differing types do not become a Union; the variable is an error if used.
    const type = present.map((v) => v.type).reduce<Type | undefined>((a, b) => a && unifyTypes(a, b), present[0]!.type) ?? (fits ? declared : undefined);
    if (!type) {
      const [t1, t2] = present.map((v) => v.type.annotationStr());
      em.env.poison(name, scriptError('branch-type-mismatch', range, { name, t1, t2 }));
      continue;
    }
    const outType = fits && present.length < 2 ? declared! : type;
    const values = [t, f].map((br, i) => {
      const v = i === 0 ? tv : fv;
      return v && v !== 'poison' ? v : em.graph.withInsertPoint(br.block, () => em.b.uninitialized(outType));
    });
    outputs.push({ values, type: outType, name });
  }
}

/**
 * A prim::Loop: `tripCount` iterations while `cond`; `bindTarget` sets the loop variables from the counter.
 * Note [Returns in loops]: a body with `return` carries a did-return flag and the return value before
 * the variables (exit_transforms.cpp); the loop then stops, and the caller guards what follows.
 * Returns those two loop outputs, if any.
 */
export function emitLoop(
  em: FunctionEmitter,
  range: SourceRange,
  tripCount: Value,
  cond: Value,
  body: readonly Stmt[],
  bindTarget: (counter: Value) => void,
  test?: Expr,
): Value[] | undefined {
  const carried = [...assignedNames(body)].filter((n) => em.env.lookupLocal(n)?.kind === 'value');
  const initial = carried.map((n) => em.asValue(em.env.lookupLocal(n)!, range));
  const returns = containsReturn(body) ? em.loopReturnType() : undefined;
  const slotInit = returns ? [em.b.bool(false), em.b.uninitialized(returns)] : [];
  const node = em.b.insert('prim::Loop', [tripCount, cond, ...slotInit, ...initial], [], range);
  const block = node.addBlock();
  const counter = block.addInput(undefined, IntType);
  slotInit.forEach((v) => block.addInput(undefined, v.type));
  const first = 1 + slotInit.length;
  em.env.inFrame(() => {
    carried.forEach((name, i) => {
      const type = em.env.declaredType(name) ?? initial[i]!.type;
      em.env.set(name, simple(block.addInput(undefined, type)), range, { inherited: true });
    });
    em.graph.withInsertPoint(block, () => {
      bindTarget(counter);
      const target = { kind: 'loop' as const, carried, test, ...(returns ? { returns } : {}) };
      emitBody(em, body, target, () => []).forEach((v) => block.registerOutput(v));
    });
  });
  const slot = slotInit.map((v) => node.addOutput(v.type));
  carried.forEach((name, i) => {
    const out = node.addOutput(block.inputs[i + first]!.type);
    em.env.set(name, simple(out), range);
  });
  for (const [i, v] of block.inputs.entries()) if (i >= first && carried[i - first] && !v.hasDebugName()) v.setDebugName(carried[i - first]!);
  return returns ? slot : undefined;
}

export function emitWhile(em: FunctionEmitter, s: While): Value[] | undefined {
  if (s.orelse.length > 0) throw scriptError('unsupported-syntax', s.range, { what: 'else branches of while loops' });
  const max = em.b.int(9223372036854775807n, s.range);
  const cond = emitCondition(em, s.test).value;
  return emitLoop(em, s.range, max, cond, s.body, () => undefined, s.test);
}

export function emitFor(em: FunctionEmitter, s: For): Value[] | undefined {
  if (s.orelse.length > 0) throw scriptError('unsupported-syntax', s.range, { what: 'else branches of for loops' });
  const it = emitIterable(em, s.iter);
  if (it.kind === 'unrolled') {
    for (const item of it.items) {
      em.assignTo(s.target, item);
      if (mayExit(s.body)) throw scriptError('unsupported-syntax', s.range, { what: 'break and continue in unrolled loops' });
      for (const st of s.body) em.emitStatement(st);
    }
    return undefined;
  }
  return emitLoop(em, s.range, it.length, em.b.bool(true, s.range), s.body, (counter) => em.assignTo(s.target, it.item(counter)));
}
