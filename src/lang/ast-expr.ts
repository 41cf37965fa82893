/**
 * The expression nodes of the AST (see ast.ts for Note [Ranges] and the statements).
 */
import type { Arguments } from './ast';
import type { SourceRange } from './source';

export type ExprContext = 'Load' | 'Store' | 'Del';

export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type BoolOperator = 'And' | 'Or';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface NodeBase {
  readonly range: SourceRange;
}

// ---------------------------------------------------------------- expressions

/**
 * Literal values. `type` tells which; ints keep their exact value as a bigint
 * (TorchScript ints are int64, a range the compiler checks), ints and floats also
 * keep their source text in `raw`.
 */
export type Constant =
  | (NodeBase & { kind: 'Constant'; type: 'int'; value: bigint; raw: string })
  | (NodeBase & { kind: 'Constant'; type: 'float'; value: number; raw: string })
  | (NodeBase & { kind: 'Constant'; type: 'str'; value: string })
  | (NodeBase & { kind: 'Constant'; type: 'bool'; value: boolean })
  | (NodeBase & { kind: 'Constant'; type: 'None'; value: null })
  | (NodeBase & { kind: 'Constant'; type: 'Ellipsis'; value: null });

export interface Name extends NodeBase {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}
export interface BinOp extends NodeBase {
  kind: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends NodeBase {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}
export interface BoolOp extends NodeBase {
  kind: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}
/** `a < b <= c` is one node: `ops[i]` compares the previous operand with `comparators[i]`. */
export interface Compare extends NodeBase {
  kind: 'Compare';
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}
export interface IfExp extends NodeBase {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Lambda extends NodeBase {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}
/** Starred positional arguments are `Starred` nodes in `args`; `**x` is a keyword with `arg: null`. */
export interface Call extends NodeBase {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface Keyword extends NodeBase {
  kind: 'keyword';
  arg: string | null;
  value: Expr;
}
export interface Attribute extends NodeBase {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
/** `x[a, b:c]` has `slice: Tuple([a, Slice(b, c)])`. */
export interface Subscript extends NodeBase {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Slice extends NodeBase {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}
export interface Tuple extends NodeBase {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}
export interface List extends NodeBase {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}
/** A `null` key stands for `**value` unpacking. */
export interface Dict extends NodeBase {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}
export interface Set extends NodeBase {
  kind: 'Set';
  elts: Expr[];
}
export interface Comprehension extends NodeBase {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
export interface ListComp extends NodeBase {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends NodeBase {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends NodeBase {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends NodeBase {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface Starred extends NodeBase {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}
/** An f-string (or a concatenation containing one): literal `Constant` parts and `FormattedValue`s. */
export interface JoinedStr extends NodeBase {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}
/** `{value!conversion:formatSpec}`; `conversion` is `null` when absent. */
export interface FormattedValue extends NodeBase {
  kind: 'FormattedValue';
  value: Expr;
  conversion: 's' | 'r' | 'a' | null;
  formatSpec: JoinedStr | null;
}

export type Expr =
  | Constant
  | Name
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | Call
  | Attribute
  | Subscript
  | Slice
  | Tuple
  | List
  | Dict
  | Set
  | ListComp
  | SetComp
  | GeneratorExp
  | DictComp
  | Starred
  | JoinedStr
  | FormattedValue;
