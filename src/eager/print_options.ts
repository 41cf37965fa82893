// `torch.set_printoptions`: the options tensor printing uses for the rest of the program run.
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../runtime/format';
import type { PyValue } from './objects';
import { pyError } from './errors';

export const printOptions: PrintOptions = { ...DEFAULT_PRINT_OPTIONS };

/** Each program run starts from PyTorch's defaults (Interpreter.run). */
export function resetPrintOptions(): void {
  Object.assign(printOptions, DEFAULT_PRINT_OPTIONS);
}

const PROFILES: Record<string, Partial<PrintOptions>> = {
  default: { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 },
  short: { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 },
  full: { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 },
};

function int(v: PyValue, name: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  throw pyError('TypeError', `set_printoptions(): ${name} must be an int`);
}

/** `torch.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None)`. */
export function setPrintOptions(args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): null {
  const names = ['precision', 'threshold', 'edgeitems', 'linewidth', 'profile', 'sci_mode'];
  const given = new Map(kwargs);
  args.forEach((v, i) => given.set(names[i]!, v));
  const profile = given.get('profile');
  if (typeof profile === 'string') Object.assign(printOptions, PROFILES[profile] ?? {});
  for (const key of ['precision', 'threshold', 'edgeitems', 'linewidth'] as const) {
    const v = given.get(key);
    if (v !== undefined && v !== null) printOptions[key] = int(v, key);
  }
  // PyTorch assigns sci_mode on every call, so a call without it goes back to automatic.
  const s = given.get('sci_mode');
  printOptions.sciMode = s === null || s === undefined ? null : s === true;
  return null;
}
