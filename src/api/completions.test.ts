import { describe, expect, it } from 'vitest';
import { listFor } from './completion_lists';
import { completionLists } from './completions';

describe('completionLists', () => {
  const lists = completionLists();
  const labels = (items: readonly { label: string }[]) => items.map((i) => i.label);

  it('offers torch functions and Tensor methods from the operator registry', () => {
    expect(labels(lists.torch)).toEqual(expect.arrayContaining(['add', 'matmul', 'relu', 'zeros', 'tanh']));
    expect(labels(lists.tensor)).toEqual(expect.arrayContaining(['add', 'view', 'sum', 'transpose']));
    // Creation functions take no `self`: not Tensor methods.
    expect(labels(lists.tensor)).not.toContain('zeros');
    expect(labels(lists.torch).some((l) => l.startsWith('_'))).toBe(false);
    expect(lists.torch.find((i) => i.label === 'add')!.detail).toMatch(/^aten::add.*overload/);
  });

  it('offers nn module classes and functional functions from src/nn', () => {
    expect(labels(lists.nn)).toEqual(expect.arrayContaining(['Linear', 'Conv2d', 'BatchNorm2d', 'Sequential', 'LSTM']));
    expect(lists.nn.find((i) => i.label === 'Linear')!.detail).toMatch(/^nn\.Linear\(in_features: int, out_features: int/);
    expect(labels(lists.functional)).toEqual(expect.arrayContaining(['relu', 'softmax', 'conv2d', 'linear']));
  });

  it('picks the list by the name before the dot', () => {
    expect(listFor(lists, 'torch')).toBe(lists.torch);
    expect(listFor(lists, 'torch.nn')).toBe(lists.nn);
    expect(listFor(lists, 'F')).toBe(lists.functional);
    expect(listFor(lists, 'torch.nn.functional')).toBe(lists.functional);
    expect(listFor(lists, 'x')).toBe(lists.tensor);
    expect(listFor(lists, 'math')).toEqual([]);
  });
});
