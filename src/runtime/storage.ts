// Storage: the memory a Tensor and all its views share, on the host and/or on the tfjs device.
import { tf } from './tf';
import type { DType, HostArray } from './dtype';
import { newHostArray } from './dtype';

// Note [Host and device copies]: a Storage holds a host typed array, a device tf.Tensor, or both.
// The host copy is authoritative once written (`markHostWritten` drops the device copy); a device
// copy produced by a tfjs kernel is downloaded only when host access is needed. Only float32, int32
// and bool have a device form; other dtypes are host-only so they stay exact.

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

export function pushScope(): Scope {
  const s = new Scope(currentScope());
  scopeStack.push(s);
  return s;
}

export function popScope(s: Scope): void {
  if (scopeStack.pop() !== s) throw new Error('memory scopes must be closed in LIFO order');
  s.closed = true;
}

// Device tensors of storages nobody disposed are freed when the storage is garbage collected.
const finalizer = new FinalizationRegistry<tf.Tensor>((t) => {
  if (!t.isDisposed) t.dispose();
});

export class Storage {
  private hostData: HostArray | undefined;
  private deviceData: tf.Tensor | undefined;
  private released = false;
  /** The scope that frees this storage's device copy when it ends (null: lives until GC). */
  owner: Scope | null;

  private constructor(
    readonly dtype: DType,
    readonly size: number,
  ) {
    this.owner = currentScope();
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
    s.setDevice(t);
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
      const t = this.deviceData as tf.Tensor;
      const values = t.dataSync();
      const out = newHostArray(this.dtype, this.size);
      out.set(values as ArrayLike<number>);
      this.hostData = out;
    }
    return this.hostData;
  }

  /** Call after writing into `host`: the device copy is stale and is dropped. */
  markHostWritten(): void {
    if (this.deviceData !== undefined) {
      void this.host;
      this.disposeDevice();
    }
  }

  /** The whole storage as a 1-D device tensor, uploaded on first use (kept until released). */
  device(): tf.Tensor {
    this.checkAlive();
    if (this.deviceData === undefined) {
      const dt = deviceDtypeOf(this.dtype);
      if (dt === undefined) throw new Error(`no device form for ${this.dtype}`);
      this.setDevice(tf.keep(tf.tensor(this.host, [this.size], dt)));
    }
    return this.deviceData as tf.Tensor;
  }

  /** Frees the device copy; without a host copy the storage becomes unusable. */
  release(): void {
    if (this.hostData === undefined) this.released = true;
    this.disposeDevice();
  }

  private setDevice(t: tf.Tensor): void {
    this.deviceData = t;
    finalizer.register(this, t, this);
    if (this.owner !== null && !this.owner.closed) this.owner.owned.add(this);
  }

  private disposeDevice(): void {
    const t = this.deviceData;
    if (t === undefined) return;
    this.deviceData = undefined;
    finalizer.unregister(this);
    this.owner?.owned.delete(this);
    if (!t.isDisposed) t.dispose();
  }

  private checkAlive(): void {
    if (this.released) throw new Error('Storage used after its memory scope ended (it was not kept)');
  }
}
