// Python's `set`: literals, set(), comprehensions, membership and the basic set algebra.
import { DictValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyBuiltin, PyIterator, PyNative } from './objects';
import { pyError } from './errors';
import { dictKey, findKey } from './containers';

// Note [Set order]: elements are kept in insertion order (a DictValue's keys, so 1, 1.0 and True
// are one element as in Python); CPython orders by hash, which agrees for small ints added in order.
export class PySet extends PyNative {
  readonly typeName = 'set';
  readonly items = new DictValue();
  constructor(
    private readonly it: Interpreter,
    values: Iterable<PyValue> = [],
  ) {
    super();
    for (const v of values) this.add(v);
  }

  add(v: PyValue): void {
    const k = dictKey(this.it, v);
    if (findKey(this.items, k) === undefined) this.items.map.set(k, null);
  }

  has(v: PyValue): boolean {
    return findKey(this.items, dictKey(this.it, v)) !== undefined;
  }

  values(): PyValue[] {
    return [...this.items.map.keys()] as PyValue[];
  }

  private remove(v: PyValue, missingOk: boolean): void {
    const k = findKey(this.items, dictKey(this.it, v));
    if (k === undefined) {
      if (missingOk) return;
      throw pyError('KeyError', this.it.repr(v));
    }
    this.items.map.delete(k);
  }

  private others(args: PyValue[]): PySet[] {
    return args.map((a) => (a instanceof PySet ? a : new PySet(this.it, this.it.iterate(a))));
  }

  private method(name: string, fn: (args: PyValue[]) => PyValue): PyBuiltin {
    return new PyBuiltin(name, (args) => fn(args));
  }

  /** The set algebra behind both the methods and the operators. */
  private algebra(op: 'union' | 'intersection' | 'difference' | 'symmetric_difference', others: PySet[]): PySet {
    let acc = this.values();
    for (const o of others) {
      if (op === 'union') acc = [...acc, ...o.values()];
      else if (op === 'intersection') acc = acc.filter((v) => o.has(v));
      else if (op === 'difference') acc = acc.filter((v) => !o.has(v));
      else acc = [...acc.filter((v) => !o.has(v)), ...o.values().filter((v) => !this.has(v))];
    }
    return new PySet(this.it, acc);
  }

  override getAttr(name: string): PyValue | undefined {
    const OPERATORS: Record<string, 'union' | 'intersection' | 'difference' | 'symmetric_difference'> = {
      __or__: 'union',
      __and__: 'intersection',
      __sub__: 'difference',
      __xor__: 'symmetric_difference',
    };
    const op = OPERATORS[name];
    if (op !== undefined) {
      return this.method(name, ([o]) => {
        if (!(o instanceof PySet)) throw pyError('TypeError', `unsupported operand type(s) for set operation: 'set' and '${this.it.typeName(o ?? null)}'`);
        return this.algebra(op, [o]);
      });
    }
    switch (name) {
      case '__iter__':
        return this.method(name, () => new PyIterator(this.values()[Symbol.iterator]()));
      case '__len__':
        return this.method(name, () => BigInt(this.items.map.size));
      case '__contains__':
        return this.method(name, ([v]) => this.has(v ?? null));
      case 'add':
        return this.method(name, ([v]) => (this.add(v ?? null), null));
      case 'remove':
      case 'discard':
        return this.method(name, ([v]) => (this.remove(v ?? null, name === 'discard'), null));
      case 'update':
        return this.method(name, (args) => (this.others(args).forEach((o) => o.values().forEach((v) => this.add(v))), null));
      case 'clear':
        return this.method(name, () => (this.items.map.clear(), null));
      case 'copy':
        return this.method(name, () => new PySet(this.it, this.values()));
      case 'pop':
        return this.method(name, () => {
          const first = this.values()[0];
          if (first === undefined) throw pyError('KeyError', "'pop from an empty set'");
          this.remove(first, false);
          return first;
        });
      case 'union':
      case 'intersection':
      case 'difference':
      case 'symmetric_difference':
        return this.method(name, (args) => this.algebra(name, this.others(args)));
      case 'issubset':
        return this.method(name, ([o]) => this.values().every((v) => this.others([o ?? null])[0]!.has(v)));
      case 'issuperset':
        return this.method(name, ([o]) => this.others([o ?? null])[0]!.values().every((v) => this.has(v)));
      case 'isdisjoint':
        return this.method(name, ([o]) => this.algebra('intersection', this.others([o ?? null])).items.map.size === 0);
    }
    return undefined;
  }

  /** Python's set ==: the same elements, in any order. */
  equals(other: PySet): boolean {
    return this.items.map.size === other.items.map.size && this.values().every((v) => other.has(v));
  }

  override repr(): string {
    if (this.items.map.size === 0) return 'set()';
    return `{${this.values().map((v) => this.it.repr(v)).join(', ')}}`;
  }
}
