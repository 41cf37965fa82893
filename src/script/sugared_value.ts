/**
 * Sugared values, after torch/csrc/jit/frontend/sugared_value.h: what a name or
 * an expression means before it becomes a graph Value. A Python module, a
 * builtin operator, a user function or a submodule are not values; calling one
 * or taking an attribute of one emits nodes.
 */
import type { Expr, FunctionDef } from '../lang/ast';
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import type { CalleeTable } from '../passes/inline';
import type { IValue } from '../ir/attributes';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { Resolver } from './resolver';
import type { ClassSource } from './script_class';
import type { SourceRange } from '../lang/source';
import type { NamedValue } from './schema_matching';

/** A user function the compiler may compile (a def plus where its free names resolve). */
export interface FunctionSource {
  readonly def: FunctionDef;
  /** Qualified name used for the function constant (`prim::Constant[name="relu"]`). */
  readonly name: string;
  /** `__torch__.<module>.<name>`: the function constant's type, printed in `.code`. */
  readonly qualifiedName?: string;
  readonly resolver: Resolver;
  /** The whole source text and file the def's ranges point into. */
  readonly text: string;
  readonly fileName: string;
}

/**
 * A function compiled before this compilation (a traced or an already scripted function
 * object): calls to it are `prim::CallFunction` into its graph.
 */
export interface ExternalFunction {
  /** `__torch__.foo`: the function constant's type and the callee table's key. */
  readonly qualifiedName: string;
  readonly graph: Graph;
  /** What its graph calls in turn. */
  readonly callees?: CalleeTable;
  readonly schema: FunctionSchema;
}

/** Python builtins the emitter implements itself (PyTorch's SpecialFormValue and builtin sugared values). */
export type SpecialForm =
  | 'print' | 'range' | 'len' | 'isinstance' | 'enumerate' | 'zip' | 'int' | 'float' | 'bool' | 'str'
  | 'min' | 'max' | 'abs' | 'list' | 'tuple' | 'dict' | 'hasattr' | 'getattr' | 'sum' | 'any' | 'all'
  | 'round' | 'divmod' | 'ord' | 'chr' | 'sorted' | 'reversed' | 'annotate' | 'unchecked_cast'
  | 'super' | 'is_scripting' | 'torch.tensor_type' | 'torch.no_grad';

/** An object the compiler sees through an adapter (an nn.Module instance, a class...). */
export interface SugaredObject {
  readonly kind: 'object';
  /** What error messages call it (`Module`, `MyCell`). */
  readonly describe: string;
  attr(name: string, range: SourceRange): SugaredValue | undefined;
  /** The value in the graph, when the object has one (a module's `self`). */
  readonly value?: Value;
  call?(args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): SugaredValue;
  /** `obj.name = value` (a module's attribute: prim::SetAttr after a type check). */
  setAttr?(name: string, value: Value, range: SourceRange): void;
  /** Iteration for `for m in self.layers` (ModuleList, Sequential): unrolled. */
  iterate?(): SugaredValue[];
}

export type SugaredValue =
  | { readonly kind: 'value'; readonly value: Value }
  | { readonly kind: 'pymodule'; readonly name: string }
  | { readonly kind: 'builtin'; readonly name: string; readonly self?: Value }
  | { readonly kind: 'function'; readonly fn: FunctionSource }
  | { readonly kind: 'compiled'; readonly fn: ExternalFunction }
  | { readonly kind: 'special'; readonly form: SpecialForm }
  | {
      readonly kind: 'type';
      readonly type: Type;
      readonly name: string;
      /** NamedTuple field defaults. */
      readonly defaults?: ReadonlyMap<string, Expr>;
      /** Set for script classes. */
      readonly cls?: ClassSource;
    }
  | { readonly kind: 'constant'; readonly value: IValue }
  /** A plain Python value a global names (Note [Closed-over globals]): an error where it is used. */
  | { readonly kind: 'pyvalue'; readonly typeName: string }
  | { readonly kind: 'exception'; readonly name: string }
  /** `names`: an operator's named returns (`torch.max(x, 0).values`). */
  | { readonly kind: 'tuple'; readonly items: readonly SugaredValue[]; readonly names?: readonly string[] }
  | SugaredObject;

export const simple = (value: Value): SugaredValue => ({ kind: 'value', value });

/** What `repr` of the kind looks like in messages (`builtin_function_or_method`). */
export function describeSugared(s: SugaredValue): string {
  switch (s.kind) {
    case 'value':
      return s.value.type.annotationStr();
    case 'pymodule':
      return 'module';
    case 'builtin':
      return 'builtin_function_or_method';
    case 'function':
    case 'compiled':
      return 'function';
    case 'special':
      return 'builtin';
    case 'type':
      return 'type';
    case 'constant':
      return s.value.kind;
    case 'pyvalue':
      return s.typeName;
    case 'exception':
      return 'Exception';
    case 'tuple':
      return 'tuple';
    case 'object':
      return s.describe;
  }
}
