/** Looks a name up in the worker's name index (plain data; the editor's hover runs it on the main thread). */
import type { NameInfo } from './types';

/**
 * The type of `name` at `line`: a value whose node spans the line, else the latest one
 * defined above it, else an input of that name.
 */
export function typeAt(names: readonly NameInfo[], name: string, line: number): NameInfo | undefined {
  const same = names.filter((n) => n.name === name);
  const spanning = same.find((n) => n.range && n.range.startLine <= line && line <= n.range.endLine);
  if (spanning) return spanning;
  const above = same.filter((n) => n.range && n.range.startLine < line);
  return above.at(-1) ?? same.find((n) => !n.range);
}
