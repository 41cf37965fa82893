/**
 * What a statement list does, read off the AST before emitting it: whether it can return or
 * leave a loop, and which names it assigns (a loop's carried candidates).
 */
import type { Expr, Stmt } from '../lang/ast';

/** True when `stmts` contain a `return` at any depth (Note [Returns in loops]). */
export function containsReturn(stmts: readonly Stmt[]): boolean {
  return stmts.some((s) => {
    switch (s.kind) {
      case 'Return':
        return true;
      case 'If':
      case 'For':
      case 'While':
        return containsReturn(s.body) || containsReturn(s.orelse);
      case 'With':
      case 'Try':
        return containsReturn(s.body);
      default:
        return false;
    }
  });
}

// True when `stmts` contain a return, or a break/continue for the enclosing loop.
export function mayExit(stmts: readonly Stmt[], inLoop = false): boolean {
  return stmts.some((s) => {
    switch (s.kind) {
      case 'Return':
        return true;
      case 'Break':
      case 'Continue':
        return !inLoop;
      case 'If':
        return mayExit(s.body, inLoop) || mayExit(s.orelse, inLoop);
      case 'For':
      case 'While':
        return mayExit(s.body, true) || mayExit(s.orelse, inLoop);
      case 'With':
      case 'Try':
        return mayExit(s.body, inLoop);
      default:
        return false;
    }
  });
}

// Names a loop body assigns (its carried candidates), nested blocks included.
export function assignedNames(stmts: readonly Stmt[], out = new Set<string>()): Set<string> {
  const target = (e: Expr): void => {
    if (e.kind === 'Name') out.add(e.id);
    else if (e.kind === 'Tuple' || e.kind === 'List') e.elts.forEach(target);
  };
  for (const s of stmts) {
    if (s.kind === 'Assign') s.targets.forEach(target);
    else if (s.kind === 'AugAssign' || s.kind === 'AnnAssign') target(s.target);
    else if (s.kind === 'For') {
      target(s.target);
      assignedNames(s.body, out);
    } else if (s.kind === 'If' || s.kind === 'While') {
      assignedNames(s.body, out);
      assignedNames(s.orelse, out);
    } else if (s.kind === 'With' || s.kind === 'Try') assignedNames(s.body, out);
  }
  return out;
}
