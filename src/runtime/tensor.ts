// Tensor: a PyTorch-style strided view (shape, strides, storage offset) over a shared Storage.
import { tf } from './tf';
import type { DType, HostArray } from './dtype';
import { castArray, castValue, isFloating, newHostArray } from './dtype';
import { Storage, deviceDtypeOf, ownedByStorage } from './storage';
import { contiguousStrides, gather, numelOf, scatter } from './strided';
import { TorchError } from './errors';
import { broadcastShapes } from './broadcast';
import { SCALAR_TYPE_NAME } from './dtype';

// Note [Views share storage]: every view op (view, transpose, select, slice, expand, ...) returns a
// new Tensor over the same Storage with PyTorch's strides, so a write through any alias (x[0] = 1,
// add_, copy_) is seen by all of them. Writes go through the host copy (Note [Host and device copies]).

export class Tensor {
  /** Autograd is not modelled; the flag is kept because printing and tracing show it. */
  requiresGrad = false;
  /** True for nn.Parameter tensors (`isinstance(p, nn.Parameter)`, parameters()). */
  isParameter = false;

  constructor(
    readonly storage: Storage,
    readonly shape: readonly number[],
    readonly strides: readonly number[],
    readonly storageOffset: number = 0,
  ) {}

  get dtype(): DType {
    return this.storage.dtype;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get numel(): number {
    return numelOf(this.shape);
  }

  /** A contiguous tensor that owns `data` (row-major, already of `dtype`'s array type). */
  static fromArray(dtype: DType, shape: readonly number[], data: HostArray): Tensor {
    if (data.length !== numelOf(shape)) throw new Error(`data length ${data.length} does not match shape [${shape}]`);
    return new Tensor(Storage.fromHost(dtype, data), [...shape], contiguousStrides(shape), 0);
  }

  /** A contiguous tensor from row-major JS numbers, converted to `dtype`. */
  static fromValues(dtype: DType, shape: readonly number[], values: ArrayLike<number>): Tensor {
    return Tensor.fromArray(dtype, shape, castArray(values, dtype));
  }

  static full(dtype: DType, shape: readonly number[], value: number): Tensor {
    const data = newHostArray(dtype, numelOf(shape));
    data.fill(castValue(dtype, value));
    return Tensor.fromArray(dtype, shape, data);
  }

  static scalar(dtype: DType, value: number): Tensor {
    return Tensor.full(dtype, [], value);
  }

  /** Wraps a tfjs tensor produced by a kernel (the Tensor takes ownership of it). */
  static fromTf(dtype: DType, t: tf.Tensor): Tensor {
    const dt = deviceDtypeOf(dtype);
    if (dt === undefined || dt !== t.dtype) throw new Error(`tfjs ${t.dtype} result cannot hold ${dtype}`);
    // A kernel that returned an input's own device tensor: share its data, not its tf.Tensor.
    const own = ownedByStorage(t) ? tf.clone(t) : t;
    return new Tensor(Storage.fromDevice(dtype, own), [...t.shape], contiguousStrides(t.shape), 0);
  }

  isContiguous(): boolean {
    let expected = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] === 1) continue;
      if (this.strides[i] !== expected) return false;
      expected *= this.shape[i];
    }
    return true;
  }

  /** True when this view covers its whole storage in row-major order. */
  private coversStorage(): boolean {
    return this.storageOffset === 0 && this.numel === this.storage.size && this.isContiguous();
  }

  /** Row-major element values. May alias the storage: treat as read-only. */
  values(): HostArray {
    const host = this.storage.host;
    if (this.coversStorage()) return host;
    if (this.isContiguous()) return host.subarray(this.storageOffset, this.storageOffset + this.numel) as HostArray;
    const out = newHostArray(this.dtype, this.numel);
    gather(host, this.shape, this.strides, this.storageOffset, out);
    return out;
  }

  /** A fresh row-major copy of the element values. */
  copyValues(): HostArray {
    const v = this.values();
    return v === this.storage.host || v.buffer === this.storage.host.buffer ? (v.slice() as HostArray) : v;
  }

  /** The single value of a one-element tensor (Tensor.item()). */
  item(): number {
    if (this.numel !== 1) {
      throw new TorchError('RuntimeError', `a Tensor with ${this.numel} elements cannot be converted to Scalar`);
    }
    return this.storage.host[this.storageOffset];
  }

  /**
   * This view's values as a tfjs tensor for a kernel. Call inside tf.tidy: the result may be a
   * temporary. Dtypes without a device form are converted to `as` (float32 by default).
   */
  toTf(as?: 'float32' | 'int32' | 'bool'): tf.Tensor {
    const dt = deviceDtypeOf(this.dtype);
    const shape = [...this.shape];
    if (dt !== undefined && (as === undefined || as === dt)) {
      if (this.coversStorage()) {
        const d = this.storage.device(this.shape);
        return sameShape(d.shape, this.shape) ? d : tf.reshape(d, shape);
      }
      return tf.tensor(this.values(), shape, dt);
    }
    const target = as ?? 'float32';
    const src = this.values();
    const data = target === 'float32' ? Float32Array.from(src) : target === 'int32' ? Int32Array.from(src) : Uint8Array.from(src, (x) => (x !== 0 ? 1 : 0));
    return tf.tensor(data, shape, target);
  }

  /**
   * The storage's own device tensor when it is exactly this view (no conversion, no temporary):
   * kernels that get one for every input may skip tf.tidy. Undefined otherwise.
   */
  deviceView(): tf.Tensor | undefined {
    if (deviceDtypeOf(this.dtype) !== 'float32' || !this.coversStorage()) return undefined;
    const d = this.storage.device(this.shape);
    return sameShape(d.shape, this.shape) ? d : undefined;
  }

  /**
   * A float32 tensor computed once from this view's device data by `make` and cached on the storage
   * until the data changes (Note [Derived device copies]); undefined unless the view is its whole storage.
   * Kernels must not dispose it.
   */
  deviceDerived(key: string, make: (d: tf.Tensor) => tf.Tensor, fromHost?: (values: HostArray) => tf.Tensor): tf.Tensor | undefined {
    if (deviceDtypeOf(this.dtype) !== 'float32' || !this.coversStorage()) return undefined;
    return this.storage.derived(key, this.shape, make, fromHost);
  }

  /** A view with explicit geometry over the same storage (torch.as_strided). */
  asStrided(shape: readonly number[], strides: readonly number[], storageOffset: number = this.storageOffset): Tensor {
    const t = new Tensor(this.storage, [...shape], [...strides], storageOffset);
    t.requiresGrad = this.requiresGrad;
    return t;
  }

  /** A contiguous tensor with the same values (this one when already contiguous). */
  contiguous(): Tensor {
    if (this.isContiguous()) return this;
    return Tensor.fromArray(this.dtype, this.shape, this.values() as HostArray);
  }

  /** A new contiguous tensor with the values converted to `dtype` (always a copy). */
  cast(dtype: DType): Tensor {
    if (dtype === this.dtype) return Tensor.fromArray(dtype, this.shape, this.copyValues());
    return Tensor.fromArray(dtype, this.shape, castArray(this.values(), dtype, isFloating(this.dtype)));
  }

  /** Writes row-major `values` (already converted to this dtype) into the view, in place. */
  assign(values: ArrayLike<number>): void {
    const host = this.storage.host;
    // A contiguous view is one block of its storage (nn.init writes whole parameters).
    if (values.length === this.numel && this.isContiguous()) host.set(values, this.storageOffset);
    else scatter(host, this.shape, this.strides, this.storageOffset, values);
    this.storage.markHostWritten();
  }

  /** Tensor.copy_(src): broadcasts `src` to this shape and converts its dtype, in place. */
  copy_(src: Tensor): this {
    if (src.ndim > this.ndim) {
      const b = broadcastShapes(this.shape, src.shape);
      throw new TorchError('RuntimeError', `output with shape [${this.shape.join(', ')}] doesn't match the broadcast shape [${b.join(', ')}]`);
    }
    const expanded = expandTo(src, this.shape);
    let vals: ArrayLike<number> = expanded.values();
    if (src.dtype !== this.dtype) vals = castArray(vals, this.dtype);
    // Copy first when `src` aliases this storage (x.copy_(x.flip(0)) style overlaps).
    else if (src.storage === this.storage) vals = Array.from(vals);
    this.assign(vals);
    return this;
  }

  /** Tensor.fill_(value) in place. */
  fill_(value: number): this {
    const v = castValue(this.dtype, value);
    const host = this.storage.host;
    if (this.isContiguous()) host.fill(v, this.storageOffset, this.storageOffset + this.numel);
    else scatter(host, this.shape, this.strides, this.storageOffset, new Array<number>(this.numel).fill(v));
    this.storage.markHostWritten();
    return this;
  }

  get isFloatingPoint(): boolean {
    return isFloating(this.dtype);
  }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A broadcasting view of `t` with `shape` (Tensor.expand semantics, stride 0 on new dims). */
export function expandTo(t: Tensor, shape: readonly number[]): Tensor {
  const nd = shape.length;
  const off = nd - t.ndim;
  if (off < 0) {
    throw new TorchError(
      'RuntimeError',
      `expand(torch.${SCALAR_TYPE_NAME[t.dtype]}Tensor{[${t.shape.join(', ')}]}, size=[${shape.join(', ')}]): the number of sizes provided (${nd}) must be greater or equal to the number of dimensions in the tensor (${t.ndim})`,
    );
  }
  const strides = new Array<number>(nd);
  // PyTorch's infer_expand_geometry walks from the last dim, so it names the last mismatch.
  for (let i = nd - 1; i >= 0; i--) {
    const j = i - off;
    if (j < 0) strides[i] = 0;
    else if (t.shape[j] === shape[i]) strides[i] = t.strides[j];
    else if (t.shape[j] === 1) strides[i] = 0;
    else {
      throw new TorchError(
        'RuntimeError',
        `The expanded size of the tensor (${shape[i]}) must match the existing size (${t.shape[j]}) at non-singleton dimension ${i}.  Target sizes: [${shape.join(', ')}].  Tensor sizes: [${t.shape.join(', ')}]`,
      );
    }
  }
  return t.asStrided(shape, strides, t.storageOffset);
}
