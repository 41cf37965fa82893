/**
 * Monaco, loaded lazily (this module is only reached through a dynamic import) and
 * configured for Vite: the editor's own worker is bundled as a module worker.
 */
// The slim editor (no TypeScript, CSS, HTML or JSON services) with the features a
// playground uses, and Python's tokenizer.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/browser/widget/diffEditor/diffEditor.contribution';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

monaco.editor.defineTheme('jitscope-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6a7390', fontStyle: 'italic' },
    { token: 'keyword', foreground: 'ff8a65' },
    { token: 'string', foreground: 'a5d6a7' },
    { token: 'number', foreground: 'f0c674' },
  ],
  colors: {
    'editor.background': '#15171e',
    'editor.lineHighlightBackground': '#1d2029',
    'editorLineNumber.foreground': '#4a5068',
    'editorGutter.background': '#15171e',
    'editor.selectionBackground': '#33405c',
    'diffEditor.insertedTextBackground': '#2e7d3233',
    'diffEditor.removedTextBackground': '#c6282833',
  },
});

export { monaco };
export type Monaco = typeof monaco;
