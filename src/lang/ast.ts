/**
 * The AST of the TorchScript language, shared by the eager interpreter, the script
 * compiler, the tracer and the UI. Node kinds and field names follow Python's `ast`
 * module (3.9 shapes: `Constant`, `Subscript.slice` holds a `Slice` or a `Tuple`),
 * with multi-word fields in camelCase (`decorator_list` -> `decoratorList`).
 *
 * Note [Ranges]: every node has an exact `range`. As in Python, a parenthesised
 * expression's range excludes its parentheses, except a parenthesised `Tuple`;
 * a decorated definition starts at `def`/`class`, not at its first decorator.
 */
import type { Comprehension, Expr, Keyword, NodeBase, Operator } from './ast-expr';

export type * from './ast-expr';

// ---------------------------------------------------------------- definitions

export interface Arg extends NodeBase {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
}

/**
 * Python's shape: `defaults` align with the LAST entries of `posonlyargs + args`;
 * `kwDefaults[i]` belongs to `kwonlyargs[i]` (null: required). Use {@link allArgs}
 * for a flat view with each parameter's default.
 */
export interface Arguments extends NodeBase {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

/** A signature type comment, `# type: (int, Tensor) -> Tensor` (Python's `ast.FunctionType`). */
export interface FunctionType extends NodeBase {
  kind: 'FunctionType';
  argtypes: Expr[];
  returns: Expr;
}

// ---------------------------------------------------------------- statements

export interface FunctionDef extends NodeBase {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  returns: Expr | null;
  typeComment: FunctionType | null;
}
export interface ClassDef extends NodeBase {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}
export interface Return extends NodeBase {
  kind: 'Return';
  value: Expr | null;
}
export interface Delete extends NodeBase {
  kind: 'Delete';
  targets: Expr[];
}
/** `a = b = value` has two targets; `typeComment` is the type of `# type: List[int]`. */
export interface Assign extends NodeBase {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
  typeComment: Expr | null;
}
export interface AugAssign extends NodeBase {
  kind: 'AugAssign';
  target: Expr;
  op: Operator;
  value: Expr;
}
/** `simple` is true for a bare (unparenthesised) name target, as in Python. */
export interface AnnAssign extends NodeBase {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}
export interface For extends NodeBase {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends NodeBase {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
/** `elif` is an `If` alone in `orelse`, as in Python. */
export interface If extends NodeBase {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface WithItem extends NodeBase {
  kind: 'withitem';
  contextExpr: Expr;
  optionalVars: Expr | null;
}
export interface With extends NodeBase {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
}
export interface ExceptHandler extends NodeBase {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Try extends NodeBase {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Raise extends NodeBase {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Assert extends NodeBase {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}
export interface Alias extends NodeBase {
  kind: 'alias';
  name: string;
  asname: string | null;
}
export interface Import extends NodeBase {
  kind: 'Import';
  names: Alias[];
}
/** `from ..a.b import c`: module `'a.b'`, level 2; `from . import c`: module null. */
export interface ImportFrom extends NodeBase {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends NodeBase {
  kind: 'Global';
  names: string[];
}
export interface Nonlocal extends NodeBase {
  kind: 'Nonlocal';
  names: string[];
}
/** An expression statement (Python's `ast.Expr`). */
export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  value: Expr;
}
export interface Pass extends NodeBase {
  kind: 'Pass';
}
export interface Break extends NodeBase {
  kind: 'Break';
}
export interface Continue extends NodeBase {
  kind: 'Continue';
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Try
  | Raise
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

/** The whole file; its range covers the whole source text. */
export interface Module extends NodeBase {
  kind: 'Module';
  /** The name diagnostics and graph comments refer to (`model.py`). */
  fileName: string;
  body: Stmt[];
}

export type Node =
  | Module
  | Stmt
  | Expr
  | Arg
  | Arguments
  | Keyword
  | Comprehension
  | WithItem
  | ExceptHandler
  | Alias
  | FunctionType;

/** One parameter in declaration order with its default, for callers that match arguments. */
export interface Parameter {
  readonly arg: Arg;
  readonly default: Expr | null;
  readonly kind: 'positional-only' | 'positional' | 'vararg' | 'keyword-only' | 'kwarg';
}

/** The parameters of `a` in declaration order, each with its default (Python's alignment rules). */
export function allArgs(a: Arguments): Parameter[] {
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  const out: Parameter[] = positional.map((arg, i) => ({
    arg,
    default: i >= firstDefault ? (a.defaults[i - firstDefault] ?? null) : null,
    kind: i < a.posonlyargs.length ? 'positional-only' : 'positional',
  }));
  if (a.vararg) out.push({ arg: a.vararg, default: null, kind: 'vararg' });
  a.kwonlyargs.forEach((arg, i) => out.push({ arg, default: a.kwDefaults[i] ?? null, kind: 'keyword-only' }));
  if (a.kwarg) out.push({ arg: a.kwarg, default: null, kind: 'kwarg' });
  return out;
}
