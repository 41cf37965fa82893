/** Reading a schema string for display: its argument names, in order. */

/** `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` gives `self, other, alpha`. */
export function argumentNames(schema: string): string[] {
  const open = schema.indexOf('(');
  const close = schema.lastIndexOf(') ->');
  if (open < 0 || close < open) return [];
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    const part = current.trim();
    current = '';
    if (part === '' || part === '*') return;
    const noDefault = part.split('=')[0]!.trim();
    names.push(noDefault.slice(noDefault.lastIndexOf(' ') + 1));
  };
  for (const c of schema.slice(open + 1, close)) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) flush();
    else current += c;
  }
  flush();
  return names;
}
