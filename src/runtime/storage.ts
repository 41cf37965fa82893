// Storage: the memory a Tensor and all its views share, on the host and/or on the tfjs device.
import { tf } from './tf';
import type { DType, HostArray } from './dtype';
import { newHostArray } from './dtype';

// Note [Host and device copies]: a Storage holds a host typed array, a device tf.Tensor, or both.
// The host copy is authoritative once written (`markHostWritten` drops the device copy); a device
// copy produced by a tfjs kernel is downloaded only when host access is needed. Only float32, int32
// and bool have a device form; other dtypes are host-only so they stay exact. The device copy lives
// on one tfjs backend (the one active when it was made); `device()` moves it through the host when
// another backend asks for it, so tfjs never moves data between backends by itself.

// Note [Async readback]: some backends compute correctly but cannot read back synchronously (tfjs'
// WebGPU `dataSync` goes through a canvas copy that headless Chromium on SwiftShader answers with
// zeros). A storage whose only copy is on such a backend throws `NeedsDownload` from `host` (and
// from `device()` on another backend) instead of calling dataSync. Kernels read their inputs before
// they write anything, so the signal always comes before a mutation: the async IR interpreter
// (interpreter/async_executor.ts) awaits `download()` and runs the node again. Random kernels only
// draw from shapes, never after a read, so a retry never draws twice.

/** Thrown by `Storage.host` when the data must first be downloaded asynchronously (Note [Async readback]). */
export class NeedsDownload extends Error {
  constructor(readonly storage: Storage) {
    super(`tensor data lives on ${storage.deviceBackend ?? 'a device'}, which cannot read back synchronously; run the graph with runGraphAsync or await a download first`);
    this.name = 'NeedsDownload';
  }
}

// Backends whose device data can only be read back asynchronously (set by backend.ts).
const asyncOnly = new Set<string>();

/** Records whether a backend can read device data back synchronously (Note [Async readback]). */
export function setSyncReadback(backend: string, ok: boolean): void {
  if (ok) asyncOnly.delete(backend);
  else asyncOnly.add(backend);
}

const DEVICE_DTYPE: Partial<Record<DType, 'float32' | 'int32' | 'bool'>> = { float32: 'float32', int32: 'int32', bool: 'bool' };

/** The tfjs dtype a PyTorch dtype maps to on the device, if any. */
export function deviceDtypeOf(d: DType): 'float32' | 'int32' | 'bool' | undefined {
  return DEVICE_DTYPE[d];
}

/** A memory scope; see `withScope` in memory.ts. */
export class Scope {
  readonly owned = new Set<Storage>();
  closed = false;
  constructor(readonly parent: Scope | null) {}
}

const scopeStack: Scope[] = [];

export function currentScope(): Scope | null {
  return scopeStack.length === 0 ? null : scopeStack[scopeStack.length - 1];
}

/** Makes `s` (open, not closed) the scope new storages belong to, until `popScope(s)`. */
export function pushScope(s: Scope): void {
  if (s.closed) throw new Error('a closed memory scope cannot be entered again');
  scopeStack.push(s);
}

export function popScope(s: Scope): void {
  if (scopeStack.pop() !== s) throw new Error('memory scopes must be exited in LIFO order');
}

// Device tensors of storages nobody disposed are freed when the storage is garbage collected.
const finalizer = new FinalizationRegistry<tf.Tensor>((t) => {
  if (!t.isDisposed) t.dispose();
});

// Device tensors some storage owns: a kernel that returns one of its inputs unchanged must not
// hand it to a second storage (Tensor.fromTf clones it).
const ownedTensors = new WeakSet<tf.Tensor>();

/** True when `t` is the device copy of a storage. */
export function ownedByStorage(t: tf.Tensor): boolean {
  return ownedTensors.has(t);
}

let created = 0;

export class Storage {
  private hostData: HostArray | undefined;
  private deviceData: tf.Tensor | undefined;
  private released = false;
  /** The tfjs backend holding the device copy. */
  deviceBackend: string | undefined;
  /** Creation order: storages with `id >= Storage.created` (read earlier) were made since then. */
  readonly id = created++;
  /** The scope that frees this storage's device copy when it ends (null: lives until GC). */
  private ownerScope: Scope | null;
  // Whether the finalizer frees the device copy (only storages no open scope will free).
  private finalized = false;
  // Note [Derived device copies]: tensors a kernel computed from the device copy alone (a conv filter
  // transposed to tfjs' layout), reused while the data is unchanged. They live and die with the
  // device copy: every path that drops it (host write, release, backend move) frees them too.
  private derivedData: Map<string, tf.Tensor> | undefined;

  private constructor(
    readonly dtype: DType,
    readonly size: number,
  ) {
    this.ownerScope = currentScope();
  }

  /** How many storages were ever created (the next storage's id). */
  static get created(): number {
    return created;
  }

  static fromHost(dtype: DType, data: HostArray): Storage {
    const s = new Storage(dtype, data.length);
    s.hostData = data;
    return s;
  }

  static zeros(dtype: DType, size: number): Storage {
    return Storage.fromHost(dtype, newHostArray(dtype, size));
  }

  /** Wraps a kept tfjs tensor produced by a kernel; the storage takes ownership of it. */
  static fromDevice(dtype: DType, t: tf.Tensor): Storage {
    const s = new Storage(dtype, t.size);
    s.setDevice(tf.keep(t));
    return s;
  }

  get hasDevice(): boolean {
    return this.deviceData !== undefined;
  }

  get hasHost(): boolean {
    return this.hostData !== undefined;
  }

  /** The host array, downloaded from the device on first use. */
  get host(): HostArray {
    this.checkAlive();
    if (this.hostData === undefined) {
      if (asyncOnly.has(this.deviceBackend as string)) throw new NeedsDownload(this);
      this.setHost((this.deviceData as tf.Tensor).dataSync());
    }
    return this.hostData as HostArray;
  }

  /** True when reading `host` would throw NeedsDownload. */
  get needsDownload(): boolean {
    return this.hostData === undefined && !this.released && asyncOnly.has(this.deviceBackend as string);
  }

  /** Makes `host` available without synchronous readback (tfjs `data()`); keeps the device copy. */
  async download(): Promise<void> {
    this.checkAlive();
    const t = this.deviceData;
    if (this.hostData !== undefined || t === undefined) return;
    const values = await t.data();
    if (this.hostData === undefined && this.deviceData === t) this.setHost(values);
  }

  private setHost(values: ArrayLike<number>): void {
    const out = newHostArray(this.dtype, this.size);
    out.set(values);
    this.hostData = out;
  }

  /** Call after writing into `host`: the device copy is stale and is dropped. */
  markHostWritten(): void {
    if (this.deviceData !== undefined) {
      void this.host;
      this.disposeDevice();
    }
  }

  /**
   * The whole storage as a device tensor on the active backend, in row-major order and of any
   * shape with `size` elements (uploaded in `shape`, default 1-D, on first use; kept until released).
   */
  device(shape?: readonly number[]): tf.Tensor {
    this.checkAlive();
    const t = this.deviceData;
    if (t !== undefined && this.deviceBackend === tf.getBackend()) return t;
    const dt = deviceDtypeOf(this.dtype);
    if (dt === undefined) throw new Error(`no device form for ${this.dtype}`);
    // On another backend: through the host (Note [Host and device copies]).
    const host = this.host;
    this.disposeDevice();
    this.setDevice(tf.keep(tf.tensor(host, shape === undefined ? [this.size] : [...shape], dt)));
    return this.deviceData as unknown as tf.Tensor;
  }

  /**
   * `make(device copy)` cached under `key` until the data changes (Note [Derived device copies]).
   * `make` must return a new tensor computed from the storage's device tensor in `shape`;
   * `fromHost`, when given, computes the same from the host copy if there is one (faster than a tfjs
   * kernel on the cpu backend).
   */
  derived(key: string, shape: readonly number[], make: (d: tf.Tensor) => tf.Tensor, fromHost?: (host: HostArray) => tf.Tensor): tf.Tensor {
    const d = this.device(shape);
    const hit = this.derivedData?.get(key);
    if (hit !== undefined && !hit.isDisposed) return hit;
    const same = d.shape.length === shape.length && d.shape.every((n, i) => n === shape[i]);
    const host = this.hostData;
    const t = tf.keep(tf.tidy(() => (host !== undefined && fromHost !== undefined ? fromHost(host) : make(same ? d : tf.reshape(d, [...shape])))));
    (this.derivedData ??= new Map()).set(key, t);
    if (this.finalized) finalizer.register(this, t, this);
    return t;
  }

  /** Frees the device copy; without a host copy the storage becomes unusable. */
  release(): void {
    if (this.hostData === undefined) this.released = true;
    this.disposeDevice();
  }

  get owner(): Scope | null {
    return this.ownerScope;
  }

  /** Hands the device copy to `scope` (null: freed when the storage is garbage collected). */
  set owner(scope: Scope | null) {
    const t = this.deviceData;
    if (t !== undefined) this.untrack();
    this.ownerScope = scope;
    if (t !== undefined) this.track(t);
  }

  private setDevice(t: tf.Tensor): void {
    this.deviceData = t;
    this.deviceBackend = tf.getBackend();
    ownedTensors.add(t);
    this.track(t);
  }

  // Scopes free device copies deterministically; the finalizer covers the rest (Note [Memory scopes]).
  private track(t: tf.Tensor): void {
    const scope = this.ownerScope;
    if (scope !== null && !scope.closed) scope.owned.add(this);
    else {
      finalizer.register(this, t, this);
      if (this.derivedData !== undefined) for (const x of this.derivedData.values()) finalizer.register(this, x, this);
      this.finalized = true;
    }
  }

  private untrack(): void {
    if (this.finalized) {
      finalizer.unregister(this);
      this.finalized = false;
    }
    this.ownerScope?.owned.delete(this);
  }

  private disposeDevice(): void {
    const t = this.deviceData;
    if (t === undefined) return;
    this.deviceData = undefined;
    this.deviceBackend = undefined;
    ownedTensors.delete(t);
    if (this.derivedData !== undefined) {
      for (const x of this.derivedData.values()) if (!x.isDisposed) x.dispose();
      this.derivedData = undefined;
    }
    this.untrack();
    if (!t.isDisposed) t.dispose();
  }

  private checkAlive(): void {
    if (this.released) throw new Error('Storage used after its memory scope ended (it was not kept)');
  }
}
