/**
 * A stable, readable AST dump for golden tests and debugging, in the spirit of
 * Python's `ast.dump(..., indent=2)`: one node per line as `Kind line:col-line:col`
 * followed by its scalar fields; child nodes and lists indented below their field.
 * Empty lists and null children are left out.
 */
import type { Node } from './ast';
import type { SourceRange } from './source';

export function formatRange(r: SourceRange): string {
  return `${r.start.line}:${r.start.col}-${r.end.line}:${r.end.col}`;
}

/** The dump of `node` and everything below it, ending with a newline. */
export function dumpAst(node: Node): string {
  const out: string[] = [];
  dumpNode(node, 0, '', out);
  return out.join('\n') + '\n';
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'kind' in v && 'range' in v;
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (Array.isArray(v)) return `[${v.map(scalar).join(', ')}]`;
  return String(v);
}

function dumpNode(node: Node, indent: number, label: string, out: string[]): void {
  const pad = '  '.repeat(indent);
  const scalars: string[] = [];
  const children: [string, unknown][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'kind' || key === 'range') continue;
    const nested = isNode(value) || (Array.isArray(value) && value.some((x) => x === null || isNode(x)));
    if (nested) children.push([key, value]);
    else if (value !== null && !(Array.isArray(value) && value.length === 0))
      scalars.push(`${key}=${scalar(value)}`);
  }
  out.push(`${pad}${label}${[node.kind, formatRange(node.range), ...scalars].join(' ')}`);
  for (const [key, value] of children) {
    if (!Array.isArray(value)) {
      dumpNode(value as Node, indent + 1, `${key}: `, out);
      continue;
    }
    out.push(`${pad}  ${key}:`);
    for (const item of value) {
      if (isNode(item)) dumpNode(item, indent + 2, '- ', out);
      else out.push(`${pad}    - None`);
    }
  }
}
