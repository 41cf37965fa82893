/**
 * Test support: the TorchScript programs of the shared conformance suite
 * (`../shared/conformance` beside the repository), for parser-wide checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONFORMANCE_DIR = join(import.meta.dirname, '../../../shared/conformance');

export interface CorpusProgram {
  readonly name: string;
  readonly source: string;
}

/** Every case `source` and every script; empty when the folder is absent. */
export function conformancePrograms(): CorpusProgram[] {
  const out: CorpusProgram[] = [];
  const cases = join(CONFORMANCE_DIR, 'cases');
  const scripts = join(CONFORMANCE_DIR, 'scripts');
  if (existsSync(cases)) {
    for (const f of readdirSync(cases)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(readFileSync(join(cases, f), 'utf8')) as { source?: unknown };
      if (typeof data.source === 'string') out.push({ name: `cases/${f}`, source: data.source });
    }
  }
  if (existsSync(scripts)) {
    for (const f of readdirSync(scripts)
      .filter((f) => f.endsWith('.py'))
      .sort()) {
      out.push({ name: `scripts/${f}`, source: readFileSync(join(scripts, f), 'utf8') });
    }
  }
  return out;
}
