/**
 * Hover in the editor: the type the compiler inferred for the expression or the name under
 * the cursor (from the worker's indexes; `pickHover` in src/api/expr_lookup.ts decides).
 */
import type * as MonacoTypes from 'monaco-editor';
import { pickHover } from '../../api/expr_lookup';
import type { ExprIndex, NameInfo } from '../../api/types';
import type { Monaco } from './monaco';

/** What the hover reads, from the latest compile. */
export interface HoverData {
  readonly names: readonly NameInfo[] | undefined;
  readonly exprs: ExprIndex | undefined;
}

/** Registers the provider once; `data()` is read at each hover, so it follows the latest compile. */
export function registerTypeHover(monaco: Monaco, data: () => HoverData): MonacoTypes.IDisposable {
  return monaco.languages.registerHoverProvider('python', {
    provideHover(model, position) {
      const { names, exprs } = data();
      const w = model.getWordAtPosition(position);
      // Monaco's columns are 1-based; the indexes use Python's 0-based columns.
      const before = w ? model.getLineContent(position.lineNumber).slice(0, w.startColumn - 1).trimEnd() : '';
      const word = w ? { text: w.word, startCol: w.startColumn - 1, endCol: w.endColumn - 1, afterDot: before.endsWith('.') } : undefined;
      const hover = pickHover(exprs, names, position.lineNumber, position.column - 1, word);
      if (!hover) return null;
      const r = hover.range;
      return {
        range: new monaco.Range(r.startLine, r.startCol + 1, r.endLine, r.endCol + 1),
        contents: hover.contents.map((value) => ({ value })),
      };
    },
  });
}
