import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR, conformancePrograms } from './conformance-corpus';
import { parse } from './parser';
import { formatDiagnostic } from './source';

const present = existsSync(CONFORMANCE_DIR);
if (!present) console.warn(`conformance folder ${CONFORMANCE_DIR} is absent: skipping the corpus parse test`);

describe.skipIf(!present)('every conformance program parses without a diagnostic', () => {
  const programs = present ? conformancePrograms() : [];
  it('finds the programs', () => expect(programs.length).toBeGreaterThan(10));
  for (const { name, source } of programs) {
    it(name, () => {
      const { diagnostics } = parse(source, name);
      expect(diagnostics.map((d) => formatDiagnostic(name, d))).toEqual([]);
    });
  }
});
