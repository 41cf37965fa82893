/**
 * Picks what the editor's hover shows at a position, from the worker's expression and name
 * indexes (plain data; runs on the main thread, so it stays free of Monaco).
 */
import { typeAt } from './name_lookup';
import type { ApiRange, ExprIndex, NameInfo } from './types';

/** An expression span with its strings resolved. */
export interface ExprAt {
  readonly range: ApiRange;
  readonly types: readonly string[];
  readonly op: string;
}

/** The word under the cursor (Python columns: 0-based, end exclusive). */
export interface HoverWord {
  readonly text: string;
  readonly startCol: number;
  readonly endCol: number;
  /** Preceded by a `.`: an attribute's name, never a variable. */
  readonly afterDot: boolean;
}

export interface Hover {
  readonly range: ApiRange;
  /** Markdown blocks, as Monaco shows them one under another. */
  readonly contents: readonly string[];
}

/** Types shown at most; a block traced for many shapes says how many more. */
const MAX_TYPES = 4;

function contains(r: ApiRange, line: number, col: number): boolean {
  const afterStart = line > r.startLine || (line === r.startLine && col >= r.startCol);
  const beforeEnd = line < r.endLine || (line === r.endLine && col < r.endCol);
  return afterStart && beforeEnd;
}

/** True when `a` starts later than `b`, or at the same place and ends earlier: `a` is nested in `b`. */
function inner(a: ApiRange, b: ApiRange): boolean {
  if (a.startLine !== b.startLine) return a.startLine > b.startLine;
  if (a.startCol !== b.startCol) return a.startCol > b.startCol;
  if (a.endLine !== b.endLine) return a.endLine < b.endLine;
  return a.endCol < b.endCol;
}

/** The innermost expression whose range holds (line, col). */
export function exprAt(index: ExprIndex, line: number, col: number): ExprAt | undefined {
  let best: ExprIndex['spans'][number] | undefined;
  for (const s of index.spans) {
    if (contains(s.range, line, col) && (!best || inner(s.range, best.range))) best = s;
  }
  if (!best) return undefined;
  return { range: best.range, types: best.types.map((t) => index.strings[t] ?? '?'), op: index.strings[best.op] ?? '?' };
}

function code(text: string): string {
  return '```python\n' + text + '\n```';
}

function exprHover(e: ExprAt, word: HoverWord | undefined): Hover {
  // A variable's span names its graph value (`%out.3`, `%25` for a refinement): show it as `out: Tensor`.
  const variable = e.op.startsWith('%') ? (word?.text ?? e.op.slice(1).replace(/\.\d+$/, '')) : undefined;
  const shown = e.types.slice(0, MAX_TYPES).map((t) => (variable === undefined ? t : `${variable}: ${t}`));
  const more = e.types.length > MAX_TYPES ? [`and ${e.types.length - MAX_TYPES} more types`] : [];
  return { range: e.range, contents: [code(shown.join('\n')), ...more, '`' + e.op + '`'] };
}

/**
 * The hover at (line, col): the innermost expression's, variables included. Without an
 * expression index (an older worker), a variable's type from the name index.
 */
export function pickHover(exprs: ExprIndex | undefined, names: readonly NameInfo[] | undefined, line: number, col: number, word?: HoverWord): Hover | undefined {
  if (exprs) {
    const e = exprAt(exprs, line, col);
    return e ? exprHover(e, word) : undefined;
  }
  const found = word && names && !word.afterDot ? typeAt(names, word.text, line) : undefined;
  if (!found || !word) return undefined;
  return { range: { startLine: line, startCol: word.startCol, endLine: line, endCol: word.endCol }, contents: [code(`${found.name}: ${found.type}`)] };
}
