// torch.Generator objects: a generator of their own, or the default one (`torch.manual_seed` returns it).
import { Generator, defaultGenerator } from '../runtime/random';
import type { PyValue } from './objects';
import { PyBuiltin, PyNative } from './objects';
import { pyError } from './errors';

function seedOf(v: PyValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyError('TypeError', 'manual_seed expected a long, but got ' + (v === undefined ? 'nothing' : typeof v));
}

export class GeneratorObject extends PyNative {
  readonly typeName = 'Generator';
  constructor(readonly gen: Generator = new Generator()) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'manual_seed':
        return new PyBuiltin('manual_seed', ([seed]) => {
          this.gen.manualSeed(seedOf(seed));
          return this;
        });
      case 'initial_seed':
        return new PyBuiltin('initial_seed', () => this.gen.initialSeed());
      case 'device':
        return null;
    }
    return undefined;
  }
  override repr(): string {
    return '<torch._C.Generator object at 0x7f0000000000>';
  }
}

/**
 * Runs `f` (an operator call) drawing from `g`: the kernels sample from the default generator, so
 * its state is swapped with `g`'s for the call and `g` keeps what the call advanced.
 */
export function withGenerator<T>(g: GeneratorObject, f: () => T): T {
  const main = defaultGenerator();
  if (g.gen === main) return f();
  const saved = main.getState();
  main.setState(g.gen.getState());
  try {
    return f();
  } finally {
    g.gen.setState(main.getState());
    main.setState(saved);
  }
}
