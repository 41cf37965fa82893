import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIR } from './parser';

const dir = join(__dirname, '../../tests/golden/ir/graphs');

describe('print(parse(text)) == text for every conformance graph', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graph'))) {
    test(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(parseIR(text).toString()).toBe(text);
    });
  }
});
