/**
 * A small FileCheck (LLVM's, as PyTorch's torch.testing.FileCheck uses it) for
 * pass tests. Directives, one per line:
 *   CHECK: text          text occurs after the previous match
 *   CHECK-NEXT: text     text occurs on the line right after the previous match
 *   CHECK-SAME: text     text occurs later on the line of the previous match
 *   CHECK-NOT: text      text does not occur between the previous and the next match
 *   CHECK-COUNT-n: text  text occurs n times in a row, each after the previous
 * Matching is plain substring matching. A failure throws an Error that shows
 * the directive and the input.
 */

export type Directive =
  | { readonly kind: 'CHECK' | 'CHECK-NEXT' | 'CHECK-SAME' | 'CHECK-NOT'; readonly text: string }
  | { readonly kind: 'CHECK-COUNT'; readonly text: string; readonly count: number; readonly exactly?: boolean };

/** Parses directives from text; lines without a directive (and `#` or `//` prefixes) are ignored. */
export function parseChecks(checks: string): Directive[] {
  const out: Directive[] = [];
  for (const line of checks.split('\n')) {
    const m = /(CHECK(?:-NEXT|-SAME|-NOT|-COUNT-(\d+))?):\s?(.*)$/.exec(line);
    if (!m) continue;
    const text = m[3]!.trimEnd();
    if (m[2] !== undefined) out.push({ kind: 'CHECK-COUNT', text, count: Number(m[2]) });
    else out.push({ kind: m[1] as 'CHECK' | 'CHECK-NEXT' | 'CHECK-SAME' | 'CHECK-NOT', text });
  }
  return out;
}

/** Runs `checks` (directive text or a parsed list) against `input`; throws on the first failure. */
export function fileCheck(checks: string | readonly Directive[], input: string): void {
  const directives = typeof checks === 'string' ? parseChecks(checks) : checks;
  if (directives.length === 0) throw new Error('FileCheck: no CHECK directives');
  let cursor = 0;
  let lastMatchStart = 0;
  let pendingNots: string[] = [];
  const fail = (d: Directive, why: string): never => {
    throw new Error(`FileCheck: ${d.kind}: ${d.text}\n${why}\ninput was:\n${input}`);
  };
  const lineStart = (pos: number): number => input.lastIndexOf('\n', pos - 1) + 1;
  const flushNots = (end: number, d: Directive): void => {
    for (const text of pendingNots) {
      const at = input.indexOf(text, cursor);
      if (at >= 0 && at + text.length <= end) fail(d, `found CHECK-NOT text "${text}" at offset ${at}`);
    }
    pendingNots = [];
  };
  const matchAt = (d: Directive, at: number): void => {
    flushNots(at, d);
    lastMatchStart = at;
    cursor = at + d.text.length;
  };
  for (const d of directives) {
    if (d.kind === 'CHECK-NOT') {
      pendingNots.push(d.text);
      continue;
    }
    if (d.kind === 'CHECK-COUNT') {
      for (let k = 0; k < d.count; k++) {
        const at = input.indexOf(d.text, cursor);
        if (at < 0) fail(d, `found only ${k} of ${d.count} occurrences`);
        matchAt(d, at);
      }
      if (d.exactly && input.indexOf(d.text, cursor) >= 0) fail(d, `found more than ${d.count} occurrences`);
      continue;
    }
    const at = input.indexOf(d.text, cursor);
    if (at < 0) fail(d, 'no match after the previous match');
    if (d.kind === 'CHECK-NEXT') {
      const prevLineEnd = input.indexOf('\n', lastMatchStart);
      if (prevLineEnd < 0 || lineStart(at) !== prevLineEnd + 1) fail(d, 'match is not on the next line');
    }
    if (d.kind === 'CHECK-SAME' && lineStart(at) !== lineStart(lastMatchStart)) fail(d, 'match is not on the same line');
    matchAt(d, at);
  }
  if (pendingNots.length > 0) flushNots(input.length, { kind: 'CHECK-NOT', text: pendingNots.join(' | ') });
}

/** PyTorch-style builder: `new FileCheck().check('prim::If').checkNot('aten::add').run(text)`. */
export class FileCheck {
  private readonly directives: Directive[] = [];
  check(text: string): this {
    return this.push({ kind: 'CHECK', text });
  }
  checkNext(text: string): this {
    return this.push({ kind: 'CHECK-NEXT', text });
  }
  checkSame(text: string): this {
    return this.push({ kind: 'CHECK-SAME', text });
  }
  checkNot(text: string): this {
    return this.push({ kind: 'CHECK-NOT', text });
  }
  /** `exactly`: no further occurrence may follow the n-th. */
  checkCount(text: string, count: number, exactly = false): this {
    return this.push({ kind: 'CHECK-COUNT', text, count, exactly });
  }
  run(input: string): void {
    fileCheck(this.directives, input);
  }
  private push(d: Directive): this {
    this.directives.push(d);
    return this;
  }
}
