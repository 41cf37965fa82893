/**
 * How TorchScript's `print` (prim::Print, C++ `operator<<(IValue)`) shows
 * values, which differs from Python: integral floats as `1.`, other floats
 * with 17 significant digits (`0.10000000000000001`), strings unquoted even
 * inside containers (`[a, b]`, `{1: b}`).
 */
import { formatAtenTensor } from './aten_print';
import { formatExponent } from './decimal';
import { containerStr, type PyValue, type TaggedLeaf } from './python';

const TWO_POW_63 = 2 ** 63;

/** C++ `out << setprecision(17) << d` (defaultfloat, i.e. `%.17g`). */
function percentG17(d: number): string {
  const sci = formatExponent(d, 16);
  const [mant, expText] = sci.split('e') as [string, string];
  const exp = Number(expText);
  const stripped = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 17) return `${stripped(mant)}e${expText}`;
  const negative = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let fixed: string;
  if (exp >= 0) fixed = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  else fixed = `0.${'0'.repeat(-exp - 1)}${digits}`;
  return (negative ? '-' : '') + stripped(fixed);
}

/** A float as TorchScript prints it. */
export function formatIValueFloat(d: number): string {
  if (Number.isNaN(d)) return 'nan';
  if (!Number.isFinite(d)) return d > 0 ? 'inf' : '-inf';
  if (d === Math.floor(d) && d >= -TWO_POW_63 && d < TWO_POW_63) return `${BigInt(d)}.`;
  return percentG17(d);
}

/** One value as `print` inside TorchScript code shows it. */
export function formatIValue(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return formatIValueFloat(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return v;
  const container = containerStr(v, formatIValue);
  if (container !== null) return container;
  const tagged = v as TaggedLeaf;
  switch (tagged.kind) {
    case 'size':
      return `[${tagged.dims.join(', ')}]`;
    case 'dtype':
      return `torch.${tagged.name}`;
    case 'device':
      return tagged.index === undefined ? tagged.type : `${tagged.type}:${tagged.index}`;
    case 'tensor':
      return formatAtenTensor(tagged.tensor);
  }
}
