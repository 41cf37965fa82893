import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** True when golden files should be rewritten instead of compared (`UPDATE_GOLDEN=1`). */
export const updatingGoldens = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares `actual` with the checked-in golden file at `path`. With
 * `UPDATE_GOLDEN=1` the file is (re)written instead; a missing golden fails, so
 * CI never passes on an unreviewed baseline.
 */
export function expectGolden(path: string, actual: string): void {
  if (updatingGoldens) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`missing golden file ${path}: run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
