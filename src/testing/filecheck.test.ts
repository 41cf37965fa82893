import { describe, expect, test } from 'vitest';
import { FileCheck, fileCheck, parseChecks } from './filecheck';

const input = 'graph(%x : int):\n  %1 : int = aten::add(%x, %x)\n  %2 : int = aten::add(%1, %x)\n  return (%2)\n';

describe('fileCheck', () => {
  test('CHECK and CHECK-NEXT', () => {
    fileCheck('CHECK: graph\nCHECK-NEXT: aten::add\nCHECK-NEXT: aten::add\nCHECK-NEXT: return', input);
    expect(() => fileCheck('CHECK: graph\nCHECK-NEXT: return', input)).toThrow(/not on the next line/);
    expect(() => fileCheck('CHECK: return\nCHECK: graph', input)).toThrow(/no match/);
  });
  test('CHECK-SAME', () => {
    fileCheck('CHECK: %1 : int\nCHECK-SAME: aten::add(%x, %x)', input);
    expect(() => fileCheck('CHECK: %1 : int\nCHECK-SAME: return', input)).toThrow(/same line/);
  });
  test('CHECK-NOT between matches and at the end', () => {
    fileCheck('CHECK: graph\nCHECK-NOT: aten::mul\nCHECK: return', input);
    expect(() => fileCheck('CHECK: graph\nCHECK-NOT: aten::add\nCHECK: return', input)).toThrow(/CHECK-NOT/);
    expect(() => fileCheck('CHECK: %1\nCHECK-NOT: %2', input)).toThrow(/CHECK-NOT/);
    fileCheck('CHECK: return\nCHECK-NOT: aten::add', input);
  });
  test('CHECK-COUNT-n', () => {
    fileCheck('CHECK-COUNT-2: aten::add\nCHECK: return', input);
    expect(() => fileCheck('CHECK-COUNT-3: aten::add', input)).toThrow(/only 2 of 3/);
    expect(() => new FileCheck().checkCount('aten::add', 1, true).run(input)).toThrow(/more than 1/);
  });
  test('directives are found after comment markers; none at all is an error', () => {
    expect(parseChecks('# CHECK: a\n// CHECK-NOT: b\nplain line')).toEqual([
      { kind: 'CHECK', text: 'a' },
      { kind: 'CHECK-NOT', text: 'b' },
    ]);
    expect(() => fileCheck('nothing', input)).toThrow(/no CHECK/);
  });
});
