import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import type { Command } from './io';
import { memoryIO } from './commands/test_io';

const MAIN = join(import.meta.dirname, 'main.ts');

function spawnCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}


describe('jitscope parse (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jitscope-cli-'));
  const clean = join(dir, 'clean.py');
  const broken = join(dir, 'broken.py');
  writeFileSync(clean, 'def f(x: int) -> int:\n    return x + 1\n');
  writeFileSync(broken, 'def f(x)\n    return x\ny = 1 2\n');

  it('prints nothing and exits 0 for a clean file', () => {
    expect(spawnCli('parse', clean)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints FILE:LINE:COL diagnostics and exits 1 for a broken file', () => {
    const r = spawnCli('parse', clean, broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${broken}:1:8: error: expected ':', found newline\n${broken}:3:6: error: invalid syntax: unexpected number '2'\n`,
    );
  });

  it('exits 2 with one line for an unreadable file or a bad command line', () => {
    const missing = spawnCli('parse', join(dir, 'missing.py'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`jitscope parse: cannot read ${join(dir, 'missing.py')}: no such file\n`);
    expect(spawnCli('parse').status).toBe(2);
    expect(spawnCli('frobnicate').stderr).toBe("jitscope: unknown command 'frobnicate' (try --help)\n");
  });
});

describe('runCli', () => {
  it('reports a thrown error as one internal error line with status 70', async () => {
    const boom: Command = {
      name: 'boom',
      usage: 'boom',
      summary: 'throws',
      run: () => {
        throw new Error('kaboom\n    at somewhere (file.ts:1:1)');
      },
    };
    const { io, err } = memoryIO();
    expect(await runCli(['boom'], io, [boom])).toBe(70);
    expect(err).toEqual(['internal error: kaboom']);
  });

  it('lists the commands for --help', async () => {
    const { io, out } = memoryIO();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('parse FILE...');
  });

  it('keeps checking the other files after an unreadable one', async () => {
    const { io, err } = memoryIO({ 'bad.py': 'x = (\n' });
    expect(await runCli(['parse', 'gone.py', 'bad.py'], io)).toBe(2);
    expect(err).toEqual([
      'jitscope parse: cannot read gone.py: no such file',
      "bad.py:1:4: error: '(' was never closed",
    ]);
  });
});
