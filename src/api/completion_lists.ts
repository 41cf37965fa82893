/**
 * The editor's completion lists as plain data, and which list completes after which name.
 * Free of imports so the UI can use it without bundling the operator registry.
 */
export interface CompletionItem {
  readonly label: string;
  /** A signature to show beside the name: a schema or a Python `def`/`__init__` line. */
  readonly detail: string;
}

export interface CompletionLists {
  /** `torch.<name>`: aten operators with a kernel, public names only. */
  readonly torch: readonly CompletionItem[];
  /** `tensor.<name>`: operators whose first argument is `Tensor self`. */
  readonly tensor: readonly CompletionItem[];
  /** `nn.<Name>`: module classes. */
  readonly nn: readonly CompletionItem[];
  /** `F.<name>`: torch.nn.functional's public functions. */
  readonly functional: readonly CompletionItem[];
}

/** Which list completes after `prefix.` (the dotted name before the cursor's dot). */
export function listFor(lists: CompletionLists, prefix: string): readonly CompletionItem[] {
  if (prefix === 'torch') return lists.torch;
  if (prefix === 'nn' || prefix === 'torch.nn') return lists.nn;
  if (prefix === 'F' || prefix === 'functional' || prefix.endsWith('nn.functional')) return lists.functional;
  if (/^(math|typing|List|Tuple|Dict|Optional)$/.test(prefix)) return [];
  return lists.tensor;
}
