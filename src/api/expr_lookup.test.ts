import { describe, expect, it } from 'vitest';
import { exprAt, pickHover } from './expr_lookup';
import type { ExprIndex, NameInfo } from './types';

// Line 3 of a program: `    y = torch.relu(x) + 1`; `x` spans columns 19-20.
const index: ExprIndex = {
  strings: ['Tensor', 'aten::relu(Tensor self) -> Tensor', 'aten::add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor', 'int', 'prim::Constant', '%x.1'],
  spans: [
    { range: { startLine: 3, startCol: 8, endLine: 3, endCol: 25 }, types: [0], op: 2 },
    { range: { startLine: 3, startCol: 8, endLine: 3, endCol: 21 }, types: [0], op: 1 },
    { range: { startLine: 3, startCol: 24, endLine: 3, endCol: 25 }, types: [3], op: 4 },
    { range: { startLine: 3, startCol: 19, endLine: 3, endCol: 20 }, types: [0], op: 5 },
  ],
};
const names: NameInfo[] = [{ name: 'x', type: 'Tensor' }];
const word = (text: string, startCol: number, afterDot = false) => ({ text, startCol, endCol: startCol + text.length, afterDot });

describe('exprAt', () => {
  it('picks the innermost span holding the position', () => {
    expect(exprAt(index, 3, 10)?.op).toBe('aten::relu(Tensor self) -> Tensor');
    expect(exprAt(index, 3, 22)?.op).toMatch(/^aten::add/);
    expect(exprAt(index, 3, 24)).toEqual({ range: { startLine: 3, startCol: 24, endLine: 3, endCol: 25 }, types: ['int'], op: 'prim::Constant' });
  });

  it('treats the end as exclusive and other lines as outside', () => {
    expect(exprAt(index, 3, 25)).toBeUndefined();
    expect(exprAt(index, 3, 7)).toBeUndefined();
    expect(exprAt(index, 4, 10)).toBeUndefined();
  });

  it('keeps the first of several types of a multi-line span', () => {
    const multi: ExprIndex = { strings: ['a', 'b', 'op'], spans: [{ range: { startLine: 1, startCol: 4, endLine: 2, endCol: 3 }, types: [0, 1], op: 2 }] };
    expect(exprAt(multi, 2, 0)?.types).toEqual(['a', 'b']);
    expect(exprAt(multi, 1, 3)).toBeUndefined();
  });
});

describe('pickHover', () => {
  it('shows the expression type and its operator', () => {
    const h = pickHover(index, names, 3, 12, word('relu', 14, true));
    expect(h).toEqual({
      range: { startLine: 3, startCol: 8, endLine: 3, endCol: 21 },
      contents: ['```python\nTensor\n```', '`aten::relu(Tensor self) -> Tensor`'],
    });
  });

  it('shows a variable as its name and type, with its graph value', () => {
    const h = pickHover(index, names, 3, 19, word('x', 19));
    expect(h).toEqual({ range: { startLine: 3, startCol: 19, endLine: 3, endCol: 20 }, contents: ['```python\nx: Tensor\n```', '`%x.1`'] });
  });

  it('answers from the name index only without an expression index, never for an attribute', () => {
    expect(pickHover(undefined, names, 3, 19, word('x', 19))).toEqual({
      range: { startLine: 3, startCol: 19, endLine: 3, endCol: 20 },
      contents: ['```python\nx: Tensor\n```'],
    });
    expect(pickHover(undefined, [{ name: 'relu', type: 'int' }], 3, 15, word('relu', 14, true))).toBeUndefined();
    // With an index, a name the index lacks shows the expression around it, not a guess.
    expect(pickHover(index, [{ name: 'torch', type: 'int' }], 3, 10, word('torch', 8))?.contents[1]).toBe('`aten::relu(Tensor self) -> Tensor`');
  });

  it('answers nothing outside every span', () => {
    expect(pickHover(index, names, 3, 2, word('y', 4))).toBeUndefined();
    expect(pickHover(undefined, undefined, 3, 19)).toBeUndefined();
  });

  it('lists a few of many traced types and counts the rest', () => {
    const many: ExprIndex = {
      strings: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'aten::add'],
      spans: [{ range: { startLine: 1, startCol: 0, endLine: 1, endCol: 5 }, types: [0, 1, 2, 3, 4, 5], op: 6 }],
    };
    expect(pickHover(many, undefined, 1, 2)?.contents).toEqual(['```python\nT1\nT2\nT3\nT4\n```', 'and 2 more types', '`aten::add`']);
  });
});
