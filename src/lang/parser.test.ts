import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../testing/golden';
import type { Expr, Stmt } from './ast';
import { dumpAst } from './dump';
import { parse } from './parser';
import { formatDiagnostic } from './source';

const GOLDEN_DIR = join(import.meta.dirname, '../../tests/golden/lang');

/** `FILE:LINE:COL: error: message [code]`, one per line. */
export function formatDiagnostics(file: string, source: string): string {
  return parse(source, file)
    .diagnostics.map((d) => `${formatDiagnostic(file, d)} [${d.code}]\n`)
    .join('');
}

describe('golden programs', () => {
  const programs = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.py'));
  it('has valid and invalid programs', () => {
    expect(programs.filter((f) => f.startsWith('err_')).length).toBeGreaterThan(3);
    expect(programs.filter((f) => !f.startsWith('err_')).length).toBeGreaterThan(3);
  });
  for (const file of programs) {
    it(file, () => {
      const path = join(GOLDEN_DIR, file);
      const source = readFileSync(path, 'utf8');
      const { module } = parse(source, file);
      const diag = formatDiagnostics(file, source);
      expectGolden(path.replace(/\.py$/, '.ast'), dumpAst(module));
      expectGolden(path.replace(/\.py$/, '.diag'), diag);
      if (file.startsWith('err_')) expect(diag).not.toBe('');
      else expect(diag).toBe('');
    });
  }
});

/** The single expression of a one-line program `x = <expr>`. */
function expr(src: string): Expr {
  const { module, diagnostics } = parse(`x = ${src}\n`);
  expect(diagnostics).toEqual([]);
  const s = module.body[0];
  if (s?.kind !== 'Assign') throw new Error(`not an assignment: ${src}`);
  return s.value;
}

/** A compact s-expression of an expression, to state precedence briefly. */
function sexp(e: Expr): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return String(e.value);
    case 'BinOp':
      return `(${e.op} ${sexp(e.left)} ${sexp(e.right)})`;
    case 'UnaryOp':
      return `(${e.op} ${sexp(e.operand)})`;
    case 'BoolOp':
      return `(${e.op} ${e.values.map(sexp).join(' ')})`;
    case 'Compare':
      return `(${[sexp(e.left), ...e.ops.flatMap((op, i) => [op, sexp(e.comparators[i] as Expr)])].join(' ')})`;
    case 'IfExp':
      return `(IfExp ${sexp(e.test)} ${sexp(e.body)} ${sexp(e.orelse)})`;
    case 'Lambda':
      return `(Lambda ${sexp(e.body)})`;
    case 'Call':
      return `(Call ${sexp(e.func)} ${e.args.map(sexp).join(' ')})`;
    case 'Attribute':
      return `${sexp(e.value)}.${e.attr}`;
    default:
      return e.kind;
  }
}

const errors = (src: string) =>
  parse(src).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.col} ${d.message}`);

describe('precedence', () => {
  it.each([
    ['a + b * c', '(Add a (Mult b c))'],
    ['a - b - c', '(Sub (Sub a b) c)'],
    ['a ** b ** c', '(Pow a (Pow b c))'],
    ['-a ** b', '(USub (Pow a b))'],
    ['a ** -b', '(Pow a (USub b))'],
    ['a | b ^ c & d', '(BitOr a (BitXor b (BitAnd c d)))'],
    ['a << b + c', '(LShift a (Add b c))'],
    ['a & b << c', '(BitAnd a (LShift b c))'],
    ['a * b @ c // d % e / f', '(Div (Mod (FloorDiv (MatMult (Mult a b) c) d) e) f)'],
    ['not a == b', '(Not (a Eq b))'],
    ['a or b and c', '(Or a (And b c))'],
    ['not a and not b', '(And (Not a) (Not b))'],
    ['a | b < c', '((BitOr a b) Lt c)'],
    ['a if b or c else d', '(IfExp (Or b c) a d)'],
    ['lambda: a if b else c', '(Lambda (IfExp b a c))'],
    ['~a.b(c)', '(Invert (Call a.b c))'],
    ['-1', '(USub 1)'],
  ])('%s', (src, expected) => {
    expect(sexp(expr(src))).toBe(expected);
  });

  it('chains comparisons into one Compare node', () => {
    expect(sexp(expr('a < b <= c is not d not in e in f is g'))).toBe(
      '(a Lt b LtE c IsNot d NotIn e In f Is g)',
    );
  });
});

describe('numbers', () => {
  it('keeps ints exact beyond 2^53, in every base and with underscores', () => {
    const values = ['9007199254740993', '0xFFFF_FFFF_FFFF_FFFF', '0o777', '0b1_0', '1_000'].map((s) => {
      const e = expr(s);
      return e.kind === 'Constant' && e.type === 'int' ? e.value : null;
    });
    expect(values).toEqual([9007199254740993n, 0xffffffffffffffffn, 511n, 2n, 1000n]);
  });
  it('reads floats and keeps their spelling', () => {
    const e = expr('1_0.5e-1');
    expect(e.kind === 'Constant' && e.type === 'float' ? [e.value, e.raw] : null).toEqual([1.05, '1_0.5e-1']);
  });
  it.each([
    ['1j', 'complex literals are not supported in TorchScript'],
    [
      '0777',
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    ],
    ['1__0', 'invalid decimal literal'],
    ['0x', 'invalid hexadecimal literal'],
    ['0b12', 'invalid binary literal'],
    ['1e', 'invalid decimal literal'],
  ])('rejects %s', (src, message) => {
    expect(errors(`x = ${src}\n`)).toEqual([`1:4 ${message}`]);
  });
});

describe('strings', () => {
  const str = (src: string) => {
    const e = expr(src);
    return e.kind === 'Constant' && e.type === 'str' ? e.value : null;
  };
  it('decodes escapes, raw strings, triple quotes and implicit concatenation', () => {
    expect(str(String.raw`"a\tb\x41\u00e9\101\q"`)).toBe('a\tbAé\x41\\q'.replace('\\x41', 'A'));
    expect(str(String.raw`r"\d\n"`)).toBe(String.raw`\d\n`);
    expect(str(`'''a\nb'''`)).toBe('a\nb');
    expect(str(`"a" 'b' """c"""`)).toBe('abc');
  });
  it('rejects bytes', () => {
    expect(errors('x = b"abc"\n')).toEqual(['1:4 bytes literals are not supported in TorchScript']);
  });
  it('reports unterminated strings', () => {
    expect(errors('x = "abc\ny = 1\n')).toEqual(['1:4 unterminated string literal']);
    expect(errors('x = """abc\ny = 1\n')).toEqual(['1:4 unterminated triple-quoted string literal']);
  });
});

describe('f-strings', () => {
  it('parses fields with conversions and nested format specs, with exact ranges', () => {
    const e = expr('f"a{x + 1!r:>{w}}b"');
    expect(e.kind).toBe('JoinedStr');
    if (e.kind !== 'JoinedStr') return;
    const [lit, field, tail] = e.values;
    expect(lit?.kind === 'Constant' && lit.value).toBe('a');
    expect(tail?.kind === 'Constant' && tail.value).toBe('b');
    if (field?.kind !== 'FormattedValue') throw new Error('expected a field');
    expect(field.conversion).toBe('r');
    expect(sexp(field.value)).toBe('(Add x 1)');
    expect([field.value.range.start.col, field.value.range.end.col]).toEqual([8, 13]);
    const spec = field.formatSpec?.values ?? [];
    expect(spec.map((v) => v.kind)).toEqual(['Constant', 'FormattedValue']);
  });
  it.each([
    ['f"{}"', 'f-string: empty expression not allowed'],
    ['f"{x!z}"', "f-string: invalid conversion character: expected 's', 'r', or 'a'"],
    ['f"{x"', "f-string: expecting '}'"],
    ['f"}"', "f-string: single '}' is not allowed"],
    ['f"{x:{y:{z}}}"', 'f-string: expressions nested too deeply'],
  ])('rejects %s', (src, message) => {
    expect(errors(`x = ${src}\n`).map((m) => m.slice(m.indexOf(' ') + 1))).toEqual([message]);
  });
});

describe('indentation', () => {
  it('reports inconsistent tabs and spaces', () => {
    expect(errors('if x:\n        a = 1\n\tb = 2\n')).toEqual([
      '3:0 inconsistent use of tabs and spaces in indentation',
    ]);
  });
  it('reports a dedent to an unknown level and keeps going', () => {
    expect(errors('if x:\n    a = 1\n  b = 2\nc = (\n')).toEqual([
      '3:0 unindent does not match any outer indentation level',
      "4:4 '(' was never closed",
    ]);
  });
  it('reports unexpected and missing indentation', () => {
    expect(errors('a = 1\n    b = 2\n')).toEqual(['2:0 unexpected indent']);
    expect(errors('def f():\nreturn 1\n')).toEqual([
      '2:0 expected an indented block after function definition on line 1',
    ]);
  });
  it('joins lines in brackets and after a backslash', () => {
    expect(errors('x = (1,\n  2)\ny = 1 + \\\n  2\n')).toEqual([]);
    expect(errors('x = 1 \\ 2\n')).toEqual(['1:6 unexpected character after line continuation character']);
  });
});

describe('recovery', () => {
  it('reports several errors in one pass', () => {
    const src = 'def f(x)\n    return x\nx = 1 2\ny = (1 +\ndef g():\n    return [1\nok = 1\n';
    expect(errors(src)).toEqual([
      "1:8 expected ':', found newline",
      "3:6 invalid syntax: unexpected number '2'",
      "4:4 '(' was never closed",
      "6:11 '[' was never closed",
      "7:0 expected ']', found 'ok'",
    ]);
  });
  it('keeps the statements that parsed', () => {
    const { module } = parse('a = 1\nb = = 2\nc = 3\n');
    expect(module.body.map((s: Stmt) => s.kind)).toEqual(['Assign', 'Assign']);
  });
  it('reports deep nesting instead of overflowing the stack', () => {
    for (const src of [
      '('.repeat(5000),
      '-'.repeat(20000) + '1',
      'x' + '[0]'.repeat(3000),
      'not '.repeat(5000) + 'x',
    ]) {
      const { diagnostics } = parse(`x = ${src}\n`);
      expect(diagnostics.map((d) => d.code)).toContain('lang/too-deep-nesting');
    }
    expect(errors(`x = ${'('.repeat(150)}1${')'.repeat(150)}\n`)).toEqual([]);
  });
  it('checks break, continue and return placement', () => {
    expect(errors('break\nfor x in y:\n    def f():\n        continue\n')).toEqual([
      "1:0 'break' outside loop",
      "4:8 'continue' not properly in loop",
    ]);
  });
});

describe('ranges', () => {
  it('follows Python: parenthesised tuples include parentheses, decorated defs start at def', () => {
    const { module } = parse('@dec\ndef f():\n    return (a, b), (c)\n');
    const def = module.body[0];
    if (def?.kind !== 'FunctionDef') throw new Error('expected def');
    expect(def.range.start).toEqual({ line: 2, col: 0, offset: 5 });
    const ret = def.body[0];
    if (ret?.kind !== 'Return' || ret.value?.kind !== 'Tuple') throw new Error('expected return tuple');
    const [t, c] = ret.value.elts;
    expect([t?.range.start.col, t?.range.end.col, c?.range.start.col, c?.range.end.col]).toEqual([
      11, 17, 20, 21,
    ]);
  });
  it('reads type comments of defs and assignments', () => {
    const { module } = parse(
      'def f(x):\n    # type: (int) -> List[int]\n    y = []  # type: List[int]\n    return y\n',
    );
    const def = module.body[0];
    if (def?.kind !== 'FunctionDef') throw new Error('expected def');
    expect(def.typeComment?.argtypes.map(sexp)).toEqual(['int']);
    expect(def.typeComment?.returns.kind).toBe('Subscript');
    const assign = def.body[0];
    expect(assign?.kind === 'Assign' && assign.typeComment?.kind).toBe('Subscript');
  });
  it('names the file', () => {
    expect(basename(parse('x = 1\n', 'dir/m.py').module.fileName)).toBe('m.py');
  });
});
