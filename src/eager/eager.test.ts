import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Interpreter, setJitHooks, setOpObserver } from './index';
import type { OpCall, PyClass, PyFunction, PyInstance } from './index';

// Expected outputs come from the oracle (tests/golden/eager/regen.sh), so they are compared with
// plain equality, never rewritten from our own output.
const PROGRAMS = 'tests/golden/eager/programs';
const SCRIPTS = '/work/shared/conformance/scripts';

function run(source: string, options: ConstructorParameters<typeof Interpreter>[0] = { jit: false }) {
  return new Interpreter(options).run(source, 'main.py');
}

describe('Python programs agree with CPython + PyTorch 1.13 (PYTORCH_JIT=0)', () => {
  for (const file of readdirSync(PROGRAMS).filter((f) => f.endsWith('.py'))) {
    it(file, () => {
      const base = `${PROGRAMS}/${file.slice(0, -3)}`;
      const r = new Interpreter({ jit: false }).run(readFileSync(`${PROGRAMS}/${file}`, 'utf8'), file);
      expect(r.stdout).toBe(readFileSync(`${base}.stdout`, 'utf8'));
      if (existsSync(`${base}.error`)) {
        expect(r.ok).toBe(false);
        expect(r.error!.trimEnd().split('\n').pop()).toBe(readFileSync(`${base}.error`, 'utf8').trimEnd());
      } else {
        expect(r.error).toBeUndefined();
      }
    });
  }
});

describe.runIf(existsSync(SCRIPTS))('conformance scripts run eagerly print their .stdout', () => {
  for (const file of existsSync(SCRIPTS) ? readdirSync(SCRIPTS).filter((f) => f.endsWith('.py')) : []) {
    it(file, () => {
      const r = run(readFileSync(`${SCRIPTS}/${file}`, 'utf8'));
      expect(r.error).toBeUndefined();
      expect(r.stdout).toBe(readFileSync(`${SCRIPTS}/${file.slice(0, -3)}.stdout`, 'utf8'));
    });
  }
});

describe('errors', () => {
  it('reports an uncaught exception as a Python traceback', () => {
    const r = run('def f(x):\n    return x + z\n\nprint("a")\nf(1)\n');
    expect(r.stdout).toBe('a\n');
    expect(r.error).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    f(1)\n' +
        '  File "main.py", line 2, in f\n    return x + z\nNameError: name \'z\' is not defined\n',
    );
    expect(r.exception).toEqual({ type: 'NameError', message: "name 'z' is not defined", line: 2 });
  });

  it('stops a runaway loop with the step budget, naming the line', () => {
    const r = run('x = 0\nwhile True:\n    x += 1\n', { jit: false, stepBudget: 1000 });
    expect(r.ok).toBe(false);
    expect(r.exception?.type).toBe('StepBudgetExceeded');
    expect(r.error).toMatch(/StepBudgetExceeded: the program ran more than 1000 steps \(stopped at line [23] of main\.py\)/);
  });

  it('does not let except catch the step budget', () => {
    const r = run('try:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\n', { jit: false, stepBudget: 100 });
    expect(r.stdout).toBe('');
    expect(r.exception?.type).toBe('StepBudgetExceeded');
  });

  it('reports syntax errors without running anything', () => {
    const r = run('print(1)\ndef f(:\n');
    expect(r.stdout).toBe('');
    expect(r.exception?.type).toBe('SyntaxError');
    expect(r.exception?.line).toBe(2);
  });
});

describe('torch.jit entry points', () => {
  const program = 'import torch\n@torch.jit.script\ndef f(x: int) -> int:\n    return x + 1\nprint(f(1))\n';

  it('return their argument with the JIT off', () => {
    expect(run(program).stdout).toBe('2\n');
  });

  it('fail clearly when no compiler is installed', () => {
    const prev = setJitHooks({});
    try {
      const r = run(program, { jit: true });
      expect(r.error?.trimEnd().split('\n').pop()).toBe('NotImplementedError: torch.jit.script is not supported yet');
    } finally {
      setJitHooks(prev);
    }
  });

  it('call the installed hooks with the JIT on', () => {
    const seen: string[] = [];
    const prev = setJitHooks({
      script: (obj, call) => {
        seen.push(call.interpreter.typeName(obj));
        return obj;
      },
    });
    try {
      expect(run(program, { jit: true }).stdout).toBe('2\n');
      expect(seen).toEqual(['function']);
    } finally {
      setJitHooks(prev);
    }
  });

  it('mark functions for export and ignore', () => {
    const r = run('import torch\nclass M(torch.nn.Module):\n    @torch.jit.export\n    def g(self):\n        return 1\n    @torch.jit.ignore\n    def h(self):\n        return 2\n');
    const M = r.globals.get('M') as PyClass;
    expect((M.dict.get('g') as PyFunction).jit).toEqual({ export: true });
    expect((M.dict.get('h') as PyFunction).jit).toEqual({ ignore: true });
  });
});

describe('op observer', () => {
  it('sees every operator call once, in order, with its overload', () => {
    const calls: OpCall[] = [];
    const prev = setOpObserver((c) => calls.push(c));
    try {
      run('import torch\nx = torch.ones(2, 3)\ny = (x + 1) * x\nz = y[0]\n');
    } finally {
      setOpObserver(prev);
    }
    expect(calls.map((c) => `${c.entry.name}.${c.entry.overload}`)).toEqual(['aten::ones.', 'aten::add.Scalar', 'aten::mul.Tensor', 'aten::select.int']);
  });
});

describe('module state for the script compiler', () => {
  it('keeps parameters, buffers, submodules and the training flag in registration order', async () => {
    const { moduleParameters, moduleBuffers, moduleChildren, moduleTraining, moduleAttributes } = await import('./index');
    const r = run(
      'import torch\nclass M(torch.nn.Module):\n    c: torch.jit.Final[int] = 3\n    def __init__(self):\n        super().__init__()\n' +
        '        self.lin = torch.nn.Linear(2, 2)\n        self.register_buffer("b", torch.zeros(1))\n        self.p = torch.nn.Parameter(torch.ones(1))\n        self.depth = 4\nm = M().eval()\n',
    );
    const m = r.globals.get('m') as PyInstance;
    expect([...moduleParameters(m).keys()]).toEqual(['p']);
    expect([...moduleBuffers(m).keys()]).toEqual(['b']);
    expect([...moduleChildren(m).keys()]).toEqual(['lin']);
    expect(moduleTraining(m)).toBe(false);
    expect([...moduleAttributes(m).keys()]).toEqual(['depth']);
    expect([...m.cls.annotations.keys()]).toEqual(['c']);
  });
});
