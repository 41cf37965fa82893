/** Hover over a name in the editor: its type as the compiler inferred it (from the worker's name index). */
import type * as MonacoTypes from 'monaco-editor';
import { typeAt } from '../../api/name_lookup';
import type { NameInfo } from '../../api/types';
import type { Monaco } from './monaco';

/** Registers the provider once; `names()` is read at each hover, so it follows the latest compile. */
export function registerTypeHover(monaco: Monaco, names: () => readonly NameInfo[] | undefined): MonacoTypes.IDisposable {
  return monaco.languages.registerHoverProvider('python', {
    provideHover(model, position) {
      const available = names();
      const word = model.getWordAtPosition(position);
      if (!available || !word) return null;
      const found = typeAt(available, word.word, position.lineNumber);
      if (!found) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: '```python\n' + `${found.name}: ${found.type}` + '\n```' }],
      };
    },
  });
}
