import { MT19937, type MT19937State } from './mt19937';

/** `default_rng_seed_val` in c10: the seed of a generator nobody seeded. */
export const DEFAULT_RNG_SEED = 67280421310721n;

const UINT64_MASK = (1n << 64n) - 1n;

/** Everything `get_state` captures: the engine and the cached Box-Muller values. */
export interface GeneratorState {
  engine: MT19937State;
  nextDoubleNormal: number | null;
  nextFloatNormal: number | null;
}

/**
 * Mirrors `at::CPUGeneratorImpl`: one mt19937 engine, 32- and 64-bit draws,
 * and the second Box-Muller sample cached by the scalar normal path.
 */
export class Generator {
  private readonly engine: MT19937;
  /** Second value of the last scalar Box-Muller pair (`next_double_normal_sample_`). */
  nextDoubleNormal: number | null = null;
  /** `next_float_normal_sample_`: kept for state fidelity; CPU kernels sample in double. */
  nextFloatNormal: number | null = null;

  constructor(seed: number | bigint = DEFAULT_RNG_SEED) {
    this.engine = new MT19937(toSeed(seed));
  }

  /**
   * `torch.manual_seed` / `Generator.manual_seed`: Python ints in
   * [-2^63, 2^64) are accepted, negative ones wrap modulo 2^64.
   */
  manualSeed(seed: number | bigint): this {
    this.nextDoubleNormal = null;
    this.nextFloatNormal = null;
    this.engine.reseed(toSeed(seed));
    return this;
  }

  /** `initial_seed()`: the 64-bit seed last set, as an unsigned integer. */
  initialSeed(): bigint {
    return this.engine.seed;
  }

  /** `random()`: one 32-bit draw. */
  random(): number {
    return this.engine.nextUint32();
  }

  /** `random64()`: two draws, the first one is the high word. */
  random64(): bigint {
    const hi = this.engine.nextUint32();
    const lo = this.engine.nextUint32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** The low 53 bits of `random64()` as an exact number (the double uniform draw). */
  random53(): number {
    const hi = this.engine.nextUint32();
    const lo = this.engine.nextUint32();
    return (hi & 0x1fffff) * 4294967296 + lo;
  }

  getState(): GeneratorState {
    return {
      engine: this.engine.getState(),
      nextDoubleNormal: this.nextDoubleNormal,
      nextFloatNormal: this.nextFloatNormal,
    };
  }

  setState(state: GeneratorState): void {
    this.engine.setState(state.engine);
    this.nextDoubleNormal = state.nextDoubleNormal;
    this.nextFloatNormal = state.nextFloatNormal;
  }

  clone(): Generator {
    const g = new Generator();
    g.setState(this.getState());
    return g;
  }
}

/** Thrown for seeds Python could not unpack (PyTorch raises a RuntimeError). */
export class SeedOverflowError extends Error {
  constructor() {
    super('Overflow when unpacking long');
  }
}

function toSeed(seed: number | bigint): bigint {
  if (typeof seed === 'number' && !Number.isInteger(seed)) {
    throw new TypeError(`seed must be an integer, got ${seed}`);
  }
  const s = BigInt(seed);
  if (s < -(1n << 63n) || s > UINT64_MASK) throw new SeedOverflowError();
  return s & UINT64_MASK;
}

let defaultGen = new Generator();

/** `torch.default_generator`. */
export function defaultGenerator(): Generator {
  return defaultGen;
}

/** `torch.manual_seed(seed)` on the default generator. */
export function manualSeed(seed: number | bigint): Generator {
  return defaultGen.manualSeed(seed);
}

/** `torch.initial_seed()`. */
export function initialSeed(): bigint {
  return defaultGen.initialSeed();
}

/** Fresh, never-seeded default generator, as in a new Python process (for tests and new runs). */
export function resetDefaultGenerator(): Generator {
  defaultGen = new Generator();
  return defaultGen;
}
