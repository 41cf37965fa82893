// User-facing runtime errors carry the Python exception kind PyTorch would raise.

/** The Python exception classes PyTorch raises for user errors. */
export type PyErrorKind =
  | 'RuntimeError'
  | 'IndexError'
  | 'ValueError'
  | 'TypeError'
  | 'KeyError'
  | 'ZeroDivisionError'
  | 'AssertionError'
  | 'NotImplementedError'
  | 'OverflowError';

/**
 * A user error raised by a kernel or by the runtime, with PyTorch's message text.
 * Interpreters catch it and turn it into a diagnostic; it never reaches the user as a JS error.
 */
export class TorchError extends Error {
  constructor(
    readonly kind: PyErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'TorchError';
  }
}

/** Throws a RuntimeError unless `cond` holds (PyTorch's TORCH_CHECK). */
export function torchCheck(cond: boolean, message: string | (() => string), kind: PyErrorKind = 'RuntimeError'): asserts cond {
  if (!cond) throw new TorchError(kind, typeof message === 'string' ? message : message());
}

/** Wraps a dimension index like PyTorch's maybe_wrap_dim, with its IndexError text. */
export function wrapDim(dim: number, rank: number): number {
  const r = Math.max(rank, 1);
  if (dim < -r || dim >= r) {
    throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-r}, ${r - 1}], but got ${dim})`);
  }
  return dim < 0 ? dim + r : dim;
}
