import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../ops';
import { Interpreter } from '../eager';
import { installScriptHook } from './script_hook';

const dir = 'tests/golden/api/scripted';

// Each program's expected stdout was printed by PyTorch 1.13 (paths made relative).
function runProgram(name: string): string {
  installScriptHook();
  const source = readFileSync(`${dir}/${name}.py`, 'utf8');
  const result = new Interpreter({ jit: true }).run(source, `${name}.py`);
  return result.stdout + (result.error ?? '');
}

describe('torch.jit.script inside programs', () => {
  for (const name of ['functions', 'modules', 'errors']) {
    it(`${name}.py prints what PyTorch printed`, () => {
      expect(runProgram(name)).toBe(readFileSync(`${dir}/${name}.stdout`, 'utf8'));
    });
  }
});
