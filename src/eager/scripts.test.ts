import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installJitHooks } from '../api/jit_hooks';
import { Interpreter } from './index';

// Programs a user would paste from PyTorch's tutorials, with the stdout PyTorch 1.13 printed
// (tests/conformance/gen/gen_scripts.sh). Run as `jitscope exec` runs them: JIT hooks installed.
const DIR = 'tests/conformance/scripts';

// Scripts that do not match yet, with the reason; they still run so a crash would show.
const KNOWN_FAILURES: Record<string, string> = {};

installJitHooks();

describe('tests/conformance/scripts print what PyTorch printed', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    const name = file.slice(0, -3);
    const known = KNOWN_FAILURES[name];
    it.skipIf(known !== undefined)(`${name}${known ? ` (known failure: ${known})` : ''}`, () => {
      const r = new Interpreter({ jit: true, stderr: [] }).run(readFileSync(`${DIR}/${file}`, 'utf8'), `${DIR}/${file}`);
      expect(r.error).toBeUndefined();
      expect(r.stdout).toBe(readFileSync(`${DIR}/${name}.stdout`, 'utf8'));
    });
  }
});
