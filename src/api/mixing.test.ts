import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../ops';
import { Interpreter } from '../eager';
import { installJitHooks } from './jit_hooks';

const dir = 'tests/data/mixing';

describe('mixing tracing and scripting with modules', () => {
  it("the TorchScript tutorial's MyRNNLoop and WrapRNN print what PyTorch printed", () => {
    installJitHooks();
    const source = readFileSync(`${dir}/tutorial.py`, 'utf8');
    const result = new Interpreter({ jit: true }).run(source, 'tutorial.py');
    expect(result.error).toBeUndefined();
    expect(result.stdout).toBe(readFileSync(`${dir}/tutorial.stdout`, 'utf8'));
  });
});
