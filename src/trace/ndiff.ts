// Python's difflib.ndiff (SequenceMatcher + Differ), so trace-check graph diffs read as PyTorch's.

type Opcode = ['replace' | 'delete' | 'insert' | 'equal', number, number, number, number];

class SequenceMatcher {
  private b2j = new Map<string, number[]>();
  private bjunk = new Set<string>();

  constructor(
    isjunk: ((x: string) => boolean) | undefined,
    private readonly a: readonly string[],
    private readonly b: readonly string[],
  ) {
    b.forEach((x, j) => {
      const l = this.b2j.get(x);
      if (l) l.push(j);
      else this.b2j.set(x, [j]);
    });
    if (isjunk) {
      for (const x of [...this.b2j.keys()]) {
        if (isjunk(x)) {
          this.bjunk.add(x);
          this.b2j.delete(x);
        }
      }
    }
    // autojunk: very common elements of long sequences are ignored.
    if (b.length >= 200) {
      const ntest = Math.floor(b.length / 100) + 1;
      for (const [x, idx] of [...this.b2j]) if (idx.length > ntest) this.b2j.delete(x);
    }
  }

  private findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
    const { a, b } = this;
    const isbjunk = (x: string): boolean => this.bjunk.has(x);
    let [besti, bestj, bestsize] = [alo, blo, 0];
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of this.b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
      }
      j2len = next;
    }
    for (const junk of [false, true]) {
      while (besti > alo && bestj > blo && isbjunk(b[bestj - 1]!) === junk && a[besti - 1] === b[bestj - 1]) {
        besti--;
        bestj--;
        bestsize++;
      }
      while (besti + bestsize < ahi && bestj + bestsize < bhi && isbjunk(b[bestj + bestsize]!) === junk && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    }
    return [besti, bestj, bestsize];
  }

  matchingBlocks(): [number, number, number][] {
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const blocks: [number, number, number][] = [];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const [i, j, k] = this.findLongestMatch(alo, ahi, blo, bhi);
      if (k === 0) continue;
      blocks.push([i, j, k]);
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
    blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    const out: [number, number, number][] = [];
    let [i1, j1, k1] = [0, 0, 0];
    for (const [i2, j2, k2] of blocks) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1) out.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1) out.push([i1, j1, k1]);
    out.push([la, lb, 0]);
    return out;
  }

  opcodes(): Opcode[] {
    let i = 0;
    let j = 0;
    const out: Opcode[] = [];
    for (const [ai, bj, size] of this.matchingBlocks()) {
      const tag = i < ai && j < bj ? 'replace' : i < ai ? 'delete' : j < bj ? 'insert' : undefined;
      if (tag) out.push([tag, i, ai, j, bj]);
      i = ai + size;
      j = bj + size;
      if (size) out.push(['equal', ai, i, bj, j]);
    }
    return out;
  }

  ratio(): number {
    const matches = this.matchingBlocks().reduce((s, m) => s + m[2], 0);
    const total = this.a.length + this.b.length;
    return total ? (2 * matches) / total : 1;
  }
}

const isCharJunk = (c: string): boolean => c === ' ' || c === '\t';

function dump(tag: string, x: readonly string[], lo: number, hi: number): string[] {
  return x.slice(lo, hi).map((l) => `${tag} ${l}`);
}

function plainReplace(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): string[] {
  return bhi - blo < ahi - alo ? [...dump('+', b, blo, bhi), ...dump('-', a, alo, ahi)] : [...dump('-', a, alo, ahi), ...dump('+', b, blo, bhi)];
}

function keepWhitespace(s: string, tags: string): string {
  return [...tags].map((t, i) => (t === ' ' && /\s/.test(s[i] ?? '') ? s[i]! : t)).join('');
}

function fancyReplace(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): string[] {
  let best = 0.74;
  let bi = -1;
  let bj = -1;
  let eqi: number | undefined;
  let eqj = -1;
  for (let j = blo; j < bhi; j++) {
    for (let i = alo; i < ahi; i++) {
      if (a[i] === b[j]) {
        if (eqi === undefined) [eqi, eqj] = [i, j];
        continue;
      }
      const r = new SequenceMatcher(isCharJunk, [...a[i]!], [...b[j]!]).ratio();
      if (r > best) [best, bi, bj] = [r, i, j];
    }
  }
  if (best < 0.75) {
    if (eqi === undefined) return plainReplace(a, alo, ahi, b, blo, bhi);
    [bi, bj] = [eqi, eqj];
  } else eqi = undefined;
  const out = fancyHelper(a, alo, bi, b, blo, bj);
  const [aelt, belt] = [a[bi]!, b[bj]!];
  if (eqi === undefined) {
    let atags = '';
    let btags = '';
    for (const [tag, a1, a2, b1, b2] of new SequenceMatcher(isCharJunk, [...aelt], [...belt]).opcodes()) {
      const [la, lb] = [a2 - a1, b2 - b1];
      if (tag === 'replace') [atags, btags] = [atags + '^'.repeat(la), btags + '^'.repeat(lb)];
      else if (tag === 'delete') atags += '-'.repeat(la);
      else if (tag === 'insert') btags += '+'.repeat(lb);
      else [atags, btags] = [atags + ' '.repeat(la), btags + ' '.repeat(lb)];
    }
    atags = keepWhitespace(aelt, atags).trimEnd();
    btags = keepWhitespace(belt, btags).trimEnd();
    out.push(`- ${aelt}`);
    if (atags) out.push(`? ${atags}\n`);
    out.push(`+ ${belt}`);
    if (btags) out.push(`? ${btags}\n`);
  } else out.push(`  ${aelt}`);
  return [...out, ...fancyHelper(a, bi + 1, ahi, b, bj + 1, bhi)];
}

function fancyHelper(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): string[] {
  if (alo < ahi) return blo < bhi ? fancyReplace(a, alo, ahi, b, blo, bhi) : dump('-', a, alo, ahi);
  return blo < bhi ? dump('+', b, blo, bhi) : [];
}

/** `''.join(difflib.ndiff(a.splitlines(True), b.splitlines(True)))`. */
export function ndiff(aText: string, bText: string): string {
  const lines = (s: string): string[] => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const a = lines(aText);
  const b = lines(bText);
  const out: string[] = [];
  for (const [tag, alo, ahi, blo, bhi] of new SequenceMatcher(undefined, a, b).opcodes()) {
    if (tag === 'replace') out.push(...fancyReplace(a, alo, ahi, b, blo, bhi));
    else if (tag === 'delete') out.push(...dump('-', a, alo, ahi));
    else if (tag === 'insert') out.push(...dump('+', b, blo, bhi));
    else out.push(...dump(' ', a, alo, ahi));
  }
  return out.join('');
}
