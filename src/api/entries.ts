import type { Expr, Module } from '../lang/ast';
import { allArgs } from '../lang/ast';
import type { EntryInfo } from './types';

/** `nn.Module`, `torch.nn.Module` or `Module` as a base class expression. */
function isModuleBase(e: Expr): boolean {
  if (e.kind === 'Name') return e.id === 'Module';
  if (e.kind === 'Attribute') return e.attr === 'Module';
  return false;
}

/**
 * The functions and nn.Module classes defined at the top level, in source order.
 * A class counts as a module when it derives from `nn.Module` directly or from a
 * module class defined earlier in the file.
 */
export function findEntries(module: Module): EntryInfo[] {
  const moduleClasses = new Set<string>();
  const entries: EntryInfo[] = [];
  for (const stmt of module.body) {
    if (stmt.kind === 'FunctionDef') {
      const params = allArgs(stmt.args).map((p) => p.arg.arg);
      entries.push({ name: stmt.name, kind: 'function', line: stmt.range.start.line, params });
    } else if (stmt.kind === 'ClassDef') {
      const isModule = stmt.bases.some((b) => isModuleBase(b) || (b.kind === 'Name' && moduleClasses.has(b.id)));
      if (!isModule) continue;
      moduleClasses.add(stmt.name);
      const forward = stmt.body.find((s) => s.kind === 'FunctionDef' && s.name === 'forward');
      const params = forward?.kind === 'FunctionDef' ? allArgs(forward.args).map((p) => p.arg.arg).slice(1) : [];
      entries.push({ name: stmt.name, kind: 'module', line: stmt.range.start.line, params });
    }
  }
  return entries;
}

/** The requested entry if it exists, else the last one defined (the playground's default). */
export function chooseEntry(entries: readonly EntryInfo[], requested?: string): EntryInfo | null {
  if (requested) return entries.find((e) => e.name === requested) ?? null;
  return entries.at(-1) ?? null;
}
