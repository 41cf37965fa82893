// The operator registry: PyTorch schema strings (data) mapped to kernels.
import type { IValue } from '../runtime/ivalue';

// Note [Operators are data]: an entry is a PyTorch 1.13 schema string exactly as
// torch._C._jit_get_all_schemas() prints it, plus a kernel. The compiler resolves overloads from
// the schemas; the IR interpreter, the eager interpreter and the tracer run the same kernels.
// Multiple returns come back as one TupleValue.

/** A kernel takes the schema's arguments in order (defaults already filled in). */
export type Kernel = (args: IValue[]) => IValue;

export type OpStatus = 'implemented' | 'pending' | 'unsupported';

export interface OpEntry {
  /** The full schema string, e.g. `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`. */
  readonly schema: string;
  /** Qualified name without overload, e.g. `aten::add`. */
  readonly name: string;
  /** Overload name, '' for the default overload. */
  readonly overload: string;
  readonly kernel: Kernel | null;
  readonly status: OpStatus;
  /** Why a pending or unsupported entry has no kernel. */
  readonly reason?: string;
}

const byKey = new Map<string, OpEntry>();
const byName = new Map<string, OpEntry[]>();

/** `aten::add.Tensor(...) -> T` => ['aten::add', 'Tensor']. */
export function schemaName(schema: string): [string, string] {
  const head = schema.slice(0, schema.indexOf('('));
  const sep = head.indexOf('::');
  const dot = head.indexOf('.', sep + 2);
  return dot < 0 ? [head, ''] : [head.slice(0, dot), head.slice(dot + 1)];
}

/** The lookup key of an entry: `aten::add.Tensor`, or `aten::add` for the default overload. */
export function opKey(name: string, overload: string): string {
  return overload === '' ? name : `${name}.${overload}`;
}

function add(entry: OpEntry): void {
  const key = opKey(entry.name, entry.overload);
  if (byKey.has(key)) throw new Error(`operator ${key} registered twice`);
  byKey.set(key, entry);
  const list = byName.get(entry.name) ?? [];
  list.push(entry);
  byName.set(entry.name, list);
}

/** Registers an operator with its kernel. */
export function defineOp(schema: string, kernel: Kernel): void {
  const [name, overload] = schemaName(schema);
  add({ schema, name, overload, kernel, status: 'implemented' });
}

/** Registers several overloads sharing one kernel. */
export function defineOps(schemas: readonly string[], kernel: Kernel): void {
  for (const s of schemas) defineOp(s, kernel);
}

/** Registers a schema whose kernel is waiting for another part of the runtime. */
export function definePending(schema: string, reason: string): void {
  const [name, overload] = schemaName(schema);
  add({ schema, name, overload, kernel: null, status: 'pending', reason });
}

/** Registers a schema the compiler must know but the runtime deliberately does not run. */
export function defineUnsupported(schema: string, reason: string): void {
  const [name, overload] = schemaName(schema);
  add({ schema, name, overload, kernel: null, status: 'unsupported', reason });
}

/** Installs the kernel of a pending entry (used by modules that load after the registry). */
export function provideKernel(key: string, kernel: Kernel): void {
  const e = byKey.get(key);
  if (e === undefined || e.status !== 'pending') throw new Error(`no pending operator ${key}`);
  const done: OpEntry = { schema: e.schema, name: e.name, overload: e.overload, kernel, status: 'implemented' };
  byKey.set(key, done);
  const list = byName.get(e.name) as OpEntry[];
  list[list.indexOf(e)] = done;
}

/** The entry for `aten::add.Tensor` (or `aten::relu` for a default overload). */
export function lookupOp(key: string): OpEntry | undefined {
  return byKey.get(key);
}

/** All overloads of `aten::add`, in registration order (the order overload resolution tries). */
export function overloadsOf(name: string): readonly OpEntry[] {
  return byName.get(name) ?? [];
}

export function allOps(): readonly OpEntry[] {
  return [...byKey.values()];
}
