/**
 * Completion after a dot: `torch.`, `nn.`, `F.` and any other name (taken as a tensor).
 * The lists come from the compiler worker (the operator registry and src/nn).
 */
import type * as MonacoTypes from 'monaco-editor';
import { listFor } from '../../api/completion_lists';
import type { CompletionLists } from '../../api/completion_lists';
import type { Monaco } from './monaco';

/** Registers the provider once; `lists()` is read at each request, so it may arrive later. */
export function registerCompletions(monaco: Monaco, lists: () => CompletionLists | undefined): MonacoTypes.IDisposable {
  return monaco.languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const available = lists();
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const m = /([A-Za-z_][\w.]*)\.(\w*)$/.exec(before);
      if (!available || !m || /^\s*(from|import)\b/.test(before)) return { suggestions: [] };
      const word = m[2]!;
      const range = new monaco.Range(position.lineNumber, position.column - word.length, position.lineNumber, position.column);
      const nnClass = m[1] === 'nn' || m[1] === 'torch.nn';
      return {
        suggestions: listFor(available, m[1]!).map((item) => ({
          label: item.label,
          kind: nnClass ? monaco.languages.CompletionItemKind.Class : monaco.languages.CompletionItemKind.Function,
          detail: item.detail,
          insertText: item.label,
          range,
        })),
      };
    },
  });
}
