/** Loads Monaco once, on first use, so the first paint does not wait for it. */
import type { Monaco } from './monaco';

let loading: Promise<Monaco> | undefined;

export function loadMonaco(): Promise<Monaco> {
  loading ??= import('./monaco').then((m) => m.monaco);
  return loading;
}
