import { describe, expect, it } from 'vitest';
import type { ExprIndex, NameInfo } from '../../api/types';
import { registerTypeHover, type HoverData } from './hover';
import type { Monaco } from './monaco';

/** The part of Monaco the provider touches: registration, Range, and a one-line model. */
function fakeMonaco() {
  let provider: { provideHover: (model: unknown, position: unknown) => unknown } | undefined;
  class Range {
    constructor(
      readonly startLineNumber: number,
      readonly startColumn: number,
      readonly endLineNumber: number,
      readonly endColumn: number,
    ) {}
  }
  const monaco = {
    Range,
    languages: {
      registerHoverProvider: (language: string, p: typeof provider) => {
        expect(language).toBe('python');
        provider = p;
        return { dispose: () => (provider = undefined) };
      },
    },
  } as unknown as Monaco;
  return { monaco, hover: (line: string, column: number) => provider!.provideHover(model(line), { lineNumber: 1, column }) };
}

/** A model holding `line` as line 1, with Monaco's word rule for identifiers. */
function model(line: string) {
  return {
    getLineContent: () => line,
    getWordAtPosition: (p: { column: number }) => {
      for (const m of line.matchAll(/\w+/g)) {
        const start = m.index + 1;
        if (p.column >= start && p.column <= start + m[0].length) return { word: m[0], startColumn: start, endColumn: start + m[0].length };
      }
      return null;
    },
  };
}

const line = 'y = x.sum() * 2';
const exprs: ExprIndex = {
  strings: ['Tensor', 'aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor', 'aten::mul.Scalar(Tensor self, Scalar other) -> Tensor', 'Float(2, 3)', '%x.1'],
  spans: [
    { range: { startLine: 1, startCol: 4, endLine: 1, endCol: 11 }, types: [0], op: 1 },
    { range: { startLine: 1, startCol: 4, endLine: 1, endCol: 15 }, types: [0], op: 2 },
    { range: { startLine: 1, startCol: 4, endLine: 1, endCol: 5 }, types: [3], op: 4 },
  ],
};
const names: NameInfo[] = [{ name: 'x', type: 'Float(2, 3)' }, { name: 'sum', type: 'int' }];

describe('the editor hover provider', () => {
  it('answers from the expression index with Monaco columns', () => {
    const { monaco, hover } = fakeMonaco();
    registerTypeHover(monaco, () => ({ names, exprs }));
    // Column 8 (1-based) is on `sum`: the call's type, whatever the name index says of `sum`.
    expect(hover(line, 8)).toEqual({
      range: new monaco.Range(1, 5, 1, 12),
      contents: [{ value: '```python\nTensor\n```' }, { value: '`aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor`' }],
    });
    expect((hover(line, 13) as { contents: { value: string }[] }).contents[1]!.value).toMatch(/aten::mul/);
  });

  it('shows a variable under the cursor', () => {
    const { monaco, hover } = fakeMonaco();
    registerTypeHover(monaco, () => ({ names, exprs }));
    expect(hover(line, 5)).toEqual({ range: new monaco.Range(1, 5, 1, 6), contents: [{ value: '```python\nx: Float(2, 3)\n```' }, { value: '`%x.1`' }] });
  });

  it('falls back to the name index, never for an attribute', () => {
    const { monaco, hover } = fakeMonaco();
    registerTypeHover(monaco, () => ({ names, exprs: undefined }));
    expect(hover(line, 5)).toEqual({ range: new monaco.Range(1, 5, 1, 6), contents: [{ value: '```python\nx: Float(2, 3)\n```' }] });
    expect(hover(line, 8)).toBeNull();
  });

  it('reads the latest data at each hover and answers nothing without it', () => {
    const { monaco, hover } = fakeMonaco();
    let data: HoverData = { names: undefined, exprs: undefined };
    registerTypeHover(monaco, () => data);
    expect(hover(line, 8)).toBeNull();
    expect(hover(line, 5)).toBeNull();
    data = { names: undefined, exprs };
    expect(hover(line, 8)).not.toBeNull();
  });
});
