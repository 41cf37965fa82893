/**
 * The 32-bit Mersenne Twister as PyTorch's CPU generator runs it
 * (`ATen/core/MT19937RNGEngine.h`): seeded from the low 32 bits of a 64-bit
 * seed with the reference `init_genrand` recurrence, refilled lazily.
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** A copy of the engine state; `left` and `next` follow PyTorch's counters. */
export interface MT19937State {
  seed: bigint;
  left: number;
  next: number;
  state: Uint32Array;
}

function twist(cur: number, next: number, far: number): number {
  const y = (cur & UPPER_MASK) | (next & LOWER_MASK);
  return (far ^ (y >>> 1) ^ (next & 1 ? MATRIX_A : 0)) >>> 0;
}

export class MT19937 {
  private seedValue = 0n;
  private left = 1;
  private next = 0;
  private readonly state = new Uint32Array(N);

  constructor(seed: bigint = 5489n) {
    this.reseed(seed);
  }

  /** Re-initialises the state; only the low 32 bits of `seed` matter. */
  reseed(seed: bigint): void {
    this.seedValue = seed;
    const s = this.state;
    s[0] = Number(seed & 0xffffffffn);
    for (let j = 1; j < N; j++) {
      const prev = s[j - 1]!;
      s[j] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + j) >>> 0;
    }
    this.left = 1;
    this.next = 0;
  }

  get seed(): bigint {
    return this.seedValue;
  }

  /** The next 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    if (--this.left === 0) this.refill();
    let y = this.state[this.next++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  getState(): MT19937State {
    return { seed: this.seedValue, left: this.left, next: this.next, state: this.state.slice() };
  }

  setState(st: MT19937State): void {
    if (st.state.length !== N || st.left < 1 || st.left > N || st.next > N) {
      throw new Error('invalid mt19937 state');
    }
    this.seedValue = st.seed;
    this.left = st.left;
    this.next = st.next;
    this.state.set(st.state);
  }

  private refill(): void {
    const s = this.state;
    this.left = N;
    this.next = 0;
    // The reference recurrence in three index ranges, without a modulo per element.
    let k = 0;
    for (; k < N - M; k++) s[k] = twist(s[k]!, s[k + 1]!, s[k + M]!);
    for (; k < N - 1; k++) s[k] = twist(s[k]!, s[k + 1]!, s[k + M - N]!);
    s[N - 1] = twist(s[N - 1]!, s[0]!, s[M - 1]!);
  }
}
