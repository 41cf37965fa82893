// str() and format() of IValues inside TorchScript: C++'s `operator<<(ostream, IValue)`, not
// Python's str (a float that is an integer prints `2.`, strings in containers print unquoted).
import type { IValue } from '../runtime/ivalue';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { formatG } from '../ir/format';
import { ivalueStr } from './pyvalue';

const INT64_LIMIT = 2 ** 63;

function doubleStr(d: number): string {
  if (Number.isInteger(d) && Math.abs(d) < INT64_LIMIT) return `${BigInt(d)}.`;
  if (Number.isNaN(d)) return 'nan';
  if (!Number.isFinite(d)) return d > 0 ? 'inf' : '-inf';
  return formatG(d, 17);
}

/** What TorchScript's aten::str and aten::format print for `v`. */
export function scriptStr(v: IValue): string {
  if (typeof v === 'number') return doubleStr(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(scriptStr).join(', ')}]`;
  if (v instanceof TupleValue) return v.elements.length === 1 ? `(${scriptStr(v.elements[0]!)},)` : `(${v.elements.map(scriptStr).join(', ')})`;
  if (v instanceof DictValue) return `{${[...v.map].map(([k, x]) => `${scriptStr(k)}: ${scriptStr(x)}`).join(', ')}}`;
  return ivalueStr(v);
}
