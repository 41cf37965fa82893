/**
 * Variables in scope while emitting, after the Environment of ir_emitter.cpp:
 * one frame per function body, if branch and loop body. Lookups walk outward;
 * assignments bind in the current frame after PyTorch's type checks.
 */
import type { Type } from '../ir/types';
import { unshapedType } from '../ir/unify';
import type { SourceRange } from '../lang/source';
import type { Value } from '../ir/value';
import { ScriptError, scriptError } from './errors';
import type { Resolver } from './resolver';
import type { SugaredValue } from './sugared_value';

/** A name that must not be used: reading it raises the stored error (`x is not defined in the false branch`). */
interface Poison {
  readonly error: ScriptError;
  /** Deleted by `del`: a use is `undefined value x` where it is made. */
  readonly deleted?: boolean;
}

type Binding = { readonly sugared: SugaredValue; readonly inherited: boolean } | Poison;

const isPoison = (b: Binding): b is Poison => 'error' in b;

export class Frame {
  readonly bindings = new Map<string, Binding>();
  /** Types from annotations (`x: Optional[int] = None`). */
  readonly declared = new Map<string, Type>();
  constructor(readonly parent: Frame | undefined) {}

  /** Names bound (not inherited) in this frame, in assignment order. */
  assignedNames(): string[] {
    return [...this.bindings].filter(([, b]) => isPoison(b) || !b.inherited).map(([n]) => n);
  }
}

// PyTorch's meaningfulName: `_`, `_0` and `$tmp` do not name values.
export function meaningfulName(name: string): boolean {
  if (name === '' || name.startsWith('$')) return false;
  if (!name.startsWith('_')) return true;
  return /[^0-9]/.test(name.slice(1));
}

// Note [Load names]: PyTorch reads a variable through a prim::Load named after it,
// which renames the stored value to `x.N` (Note [Unique names]) before the load
// is erased. We rename the same way so graphs read like PyTorch's (`%x.1`).
function stealName(v: Value, name: string): void {
  if (v.debugName() !== name) return;
  const load = v.graph.create('prim::Load', [], 1);
  load.output().setDebugName(name);
  load.destroy();
}

export class Environment {
  frame: Frame;
  constructor(readonly resolver: Resolver) {
    this.frame = new Frame(undefined);
  }

  push(): Frame {
    this.frame = new Frame(this.frame);
    return this.frame;
  }

  pop(): Frame {
    const f = this.frame;
    this.frame = f.parent!;
    return f;
  }

  /** Runs `fn` in a new frame and returns the frame with what it bound. */
  inFrame(fn: () => void): Frame {
    const f = this.push();
    try {
      fn();
    } finally {
      this.pop();
    }
    return f;
  }

  private find(name: string): { binding: Binding; frame: Frame } | undefined {
    for (let f: Frame | undefined = this.frame; f; f = f.parent) {
      const b = f.bindings.get(name);
      if (b) return { binding: b, frame: f };
    }
    return undefined;
  }

  declaredType(name: string): Type | undefined {
    for (let f: Frame | undefined = this.frame; f; f = f.parent) {
      const t = f.declared.get(name);
      if (t) return t;
    }
    return undefined;
  }

  /** A local variable (not a global), without raising poison errors. */
  lookupLocal(name: string): SugaredValue | undefined {
    const found = this.find(name);
    if (!found || isPoison(found.binding)) return undefined;
    return found.binding.sugared;
  }

  /** `name` as a local or, failing that, through the resolver; `undefined value x` when neither knows it. */
  get(name: string, range: SourceRange): SugaredValue {
    const found = this.find(name);
    if (found) {
      if (isPoison(found.binding)) {
        if (found.binding.deleted) throw scriptError('undefined-value', range, { name });
        const e = found.binding.error;
        throw new ScriptError(e.code, e.range, e.text, undefined, [{ message: 'and was used here', range }]);
      }
      const s = found.binding.sugared;
      if (s.kind === 'value') stealName(s.value, name);
      return s;
    }
    const global = this.resolver.resolve(name);
    if (global) return global;
    throw scriptError('undefined-value', range, { name });
  }

  /**
   * Binds `name`. A variable from an enclosing frame keeps its type: assigning a
   * value of another type is `Variable 'y' previously had type int but ...`.
   */
  set(name: string, value: SugaredValue, range: SourceRange, opts: { inherited?: boolean; declared?: Type } = {}): void {
    if (value.kind === 'value' && !opts.inherited) {
      const v = value.value;
      const found = this.find(name);
      const outer = found && (found.frame !== this.frame || (!isPoison(found.binding) && found.binding.inherited));
      if (found && outer && !isPoison(found.binding) && found.binding.sugared.kind === 'value') {
        const parentType = unshapedType(this.declaredType(name) ?? found.binding.sugared.value.type);
        if (!v.type.isSubtypeOf(parentType)) {
          throw scriptError('reassign-type', range, {
            name,
            old: found.binding.sugared.value.type.annotationStr(),
            new: v.type.annotationStr(),
          });
        }
      }
      const declared = opts.declared ?? this.declaredType(name);
      if (declared && !v.type.isSubtypeOf(declared)) {
        throw scriptError('annotated-assign', range, { name, expected: declared.annotationStr(), actual: v.type.annotationStr() });
      }
      if (!v.hasDebugName() && meaningfulName(name) && v.node.owningBlock === v.graph.insertBlock()) v.setDebugName(name);
      else if (!v.hasDebugName() && meaningfulName(name) && v.node.kind === 'prim::Param') v.setDebugName(name);
    }
    if (opts.declared) this.frame.declared.set(name, opts.declared);
    this.frame.bindings.set(name, { sugared: value, inherited: opts.inherited ?? false });
  }

  /** `del name`, as Environment::removeVar: later uses are undefined. */
  remove(name: string, range: SourceRange): void {
    const found = this.find(name);
    if (!found || isPoison(found.binding)) throw scriptError('undefined-value', range, { name });
    this.frame.bindings.set(name, { error: scriptError('undefined-value', range, { name }), deleted: true });
  }

  /** Marks `name` unusable in the current frame (the error is raised at its next use). */
  poison(name: string, error: ScriptError): void {
    this.frame.bindings.set(name, { error });
  }
}
