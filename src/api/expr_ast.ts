/**
 * What the expression index needs from the AST: the call each callee range belongs to,
 * the expressions each statement line evaluates (in evaluation order, with the operators
 * they may record), and the functions of the file.
 */
import type { Attribute, CmpOperator, Expr, FunctionDef, Module, Node as AstNode, Operator, Stmt, UnaryOperator } from '../lang/ast';
import type { SourceRange } from '../lang/source';
import { forEachChild, walk } from '../lang/walk';

/** A range as a map key. */
export function rangeKey(r: SourceRange): string {
  return `${r.start.line}:${r.start.col}:${r.end.line}:${r.end.col}`;
}

/** An expression a traced node may stand for, with the operators it may record (base names, see `opBase`). */
export interface Candidate {
  readonly range: SourceRange;
  readonly ops: readonly string[];
  /** Records several nodes in a row, the last making its value (`x[:, :2]`, `x.shape`). */
  readonly repeats?: boolean;
}

export interface SourceFacts {
  /** A call's range by its callee's range: script nodes of a call carry the callee's range, as in PyTorch. */
  readonly callOfCallee: ReadonlyMap<string, SourceRange>;
  /** Per statement line, the candidates it evaluates in order (a traced node knows only its statement's line). */
  readonly lineCandidates: ReadonlyMap<number, readonly Candidate[]>;
  readonly functions: readonly FunctionDef[];
  /**
   * Ranges of the expressions and of `x += y` statements: the only ranges a span may have
   * (a loop's condition constant carries its statement's range; a conditional expression's prim::If, its own).
   */
  readonly expressions: ReadonlySet<string>;
}

/** `aten::__getitem__` -> `getitem`, `aten::add_` -> `add`, `aten::Int` -> `int`. */
export function opBase(kind: string): string {
  const name = kind.slice(kind.indexOf('::') + 2);
  return name.replace(/^__(.*)__$/, '$1').replace(/_$/, '').toLowerCase();
}

const BINARY: Record<Operator, readonly string[]> = {
  Add: ['add'],
  Sub: ['sub', 'rsub'],
  Mult: ['mul'],
  MatMult: ['matmul'],
  Div: ['div', 'true_divide'],
  FloorDiv: ['floor_divide', 'floordiv', 'div'],
  Mod: ['remainder', 'fmod', 'mod'],
  Pow: ['pow'],
  LShift: ['lshift', 'bitwise_left_shift'],
  RShift: ['rshift', 'bitwise_right_shift'],
  BitOr: ['or', 'bitwise_or'],
  BitXor: ['xor', 'bitwise_xor'],
  BitAnd: ['and', 'bitwise_and'],
};
const UNARY: Record<UnaryOperator, readonly string[]> = { USub: ['neg'], Invert: ['bitwise_not', 'invert'], Not: ['not'], UAdd: [] };
const COMPARE: Record<CmpOperator, readonly string[]> = {
  Eq: ['eq'],
  NotEq: ['ne'],
  Lt: ['lt'],
  LtE: ['le'],
  Gt: ['gt'],
  GtE: ['ge'],
  Is: ['is'],
  IsNot: ['isnot'],
  In: ['contains'],
  NotIn: ['contains'],
};
/** Calls whose operator is not named after the function. */
const CALL_ALIASES: Record<string, readonly string[]> = {
  float: ['float', 'to'],
  double: ['to'],
  long: ['to'],
  int: ['int', 'to'],
  half: ['to'],
  bool: ['bool', 'to'],
  type: ['to'],
  cuda: ['to'],
  cpu: ['to'],
  reshape: ['reshape', 'view'],
};
const ATTRIBUTES: Record<string, readonly string[]> = { shape: ['size'], T: ['numpy_t', 'permute', 't'], mT: ['transpose'] };
const SUBSCRIPT = ['select', 'slice', 'index', 'getitem', 'unsqueeze', 'narrow'];

const EXPRESSION_KINDS: ReadonlySet<string> = new Set<Expr['kind']>([
  'Constant', 'Name', 'BinOp', 'UnaryOp', 'BoolOp', 'Compare', 'IfExp', 'Lambda', 'Call', 'Attribute', 'Subscript',
  'Slice', 'Tuple', 'List', 'Dict', 'Set', 'ListComp', 'SetComp', 'GeneratorExp', 'DictComp', 'Starred', 'JoinedStr', 'FormattedValue',
]);

function calleeName(func: Expr): string | undefined {
  if (func.kind === 'Name') return func.id;
  if (func.kind === 'Attribute') return func.attr;
  return undefined;
}

/** The operators `e` itself may record (not those of its operands). */
function opsOf(e: AstNode, callees: ReadonlySet<AstNode>): readonly string[] {
  switch (e.kind) {
    case 'Call': {
      const name = calleeName(e.func);
      const calls = ['callmethod', 'callfunction'];
      return name === undefined ? calls : [name.toLowerCase(), ...(CALL_ALIASES[name] ?? []), ...calls];
    }
    case 'BinOp':
      return BINARY[e.op];
    case 'UnaryOp':
      return UNARY[e.op];
    case 'Compare':
      return e.ops.flatMap((op) => COMPARE[op]);
    case 'Subscript':
      return SUBSCRIPT;
    case 'Attribute':
      return callees.has(e) ? [] : (ATTRIBUTES[e.attr] ?? [e.attr.toLowerCase()]);
    default:
      return [];
  }
}

/** The expressions a statement evaluates on its own line: a compound statement's header only. */
function headerParts(s: Stmt): AstNode[] {
  switch (s.kind) {
    case 'If':
    case 'While':
      return [s.test];
    case 'For':
      return [s.iter, s.target];
    case 'With':
      return s.items;
    case 'FunctionDef':
    case 'ClassDef':
    case 'Try':
      return [];
    case 'Assign':
      return [s.value, ...s.targets];
    case 'AnnAssign':
      return s.value ? [s.value, s.target] : [];
    default: {
      const out: AstNode[] = [];
      forEachChild(s, (c) => out.push(c));
      return out;
    }
  }
}

function nestedBodies(s: Stmt): readonly Stmt[][] {
  switch (s.kind) {
    case 'If':
    case 'While':
    case 'For':
      return [s.body, s.orelse];
    case 'With':
    case 'FunctionDef':
    case 'ClassDef':
      return [s.body];
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    default:
      return [];
  }
}

/** Candidates of `node` and its operands, operands first (Python's evaluation order). */
function postOrder(node: AstNode, callees: ReadonlySet<AstNode>, out: Candidate[]): void {
  if (node.kind === 'Lambda') return;
  forEachChild(node, (c) => postOrder(c, callees, out));
  const ops = opsOf(node, callees);
  const repeats = node.kind === 'Subscript' || (node.kind === 'Attribute' && node.attr === 'shape');
  if (ops.length > 0) out.push({ range: node.range, ops, ...(repeats ? { repeats } : {}) });
}

export function sourceFacts(module: Module): SourceFacts {
  const callOfCallee = new Map<string, SourceRange>();
  const callees = new Set<AstNode>();
  const functions: FunctionDef[] = [];
  const expressions = new Set<string>();
  walk(module, (n) => {
    if (EXPRESSION_KINDS.has(n.kind) || n.kind === 'AugAssign') expressions.add(rangeKey(n.range));
    if (n.kind === 'Call') {
      callOfCallee.set(rangeKey(n.func.range), n.range);
      callees.add(n.func);
    } else if (n.kind === 'FunctionDef') functions.push(n);
  });
  const lineCandidates = new Map<number, Candidate[]>();
  const visit = (body: readonly Stmt[]): void => {
    for (const s of body) {
      const out: Candidate[] = [];
      for (const part of headerParts(s)) postOrder(part, callees, out);
      // `x += y` records its operator on the target's range.
      if (s.kind === 'AugAssign') out.push({ range: s.target.range, ops: BINARY[s.op] });
      if (out.length > 0) lineCandidates.set(s.range.start.line, [...(lineCandidates.get(s.range.start.line) ?? []), ...out]);
      nestedBodies(s).forEach(visit);
    }
  };
  visit(module.body);
  return { callOfCallee, lineCandidates, functions, expressions };
}

/** The innermost function whose range holds `line`. */
export function functionAt(facts: SourceFacts, line: number): FunctionDef | undefined {
  let best: FunctionDef | undefined;
  for (const f of facts.functions) {
    if (f.range.start.line <= line && line <= f.range.end.line && (!best || f.range.start.line >= best.range.start.line)) best = f;
  }
  return best;
}

/** `self.<attr>` loads in `f`'s body, where `self` is its first parameter. */
export function selfAttributes(f: FunctionDef): Attribute[] {
  const self = f.args.posonlyargs[0]?.arg ?? f.args.args[0]?.arg;
  const out: Attribute[] = [];
  if (self === undefined) return out;
  for (const s of f.body) {
    walk(s, (n) => {
      if (n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') return false;
      if (n.kind === 'Attribute' && n.ctx === 'Load' && n.value.kind === 'Name' && n.value.id === self) out.push(n);
      return true;
    });
  }
  return out;
}
