// Module instances for the interpreter: a state_dict as nested ScriptObjects.
import type { IValue } from '../ivalue';
import { ScriptObject } from '../ivalue';

/**
 * A module object whose attributes come from dotted names (`fc.weight`): each prefix becomes a
 * submodule ScriptObject, as prim::GetAttr chains expect.
 */
export function moduleObject(className: string, state: ReadonlyMap<string, IValue> | Record<string, IValue>): ScriptObject {
  const root = new ScriptObject(className);
  const entries = state instanceof Map ? [...state] : Object.entries(state);
  for (const [name, value] of entries) {
    const parts = name.split('.');
    let obj = root;
    for (const p of parts.slice(0, -1)) {
      let next = obj.attributes.get(p);
      if (!(next instanceof ScriptObject)) {
        next = new ScriptObject(p);
        obj.attributes.set(p, next);
      }
      obj = next;
    }
    obj.attributes.set(parts[parts.length - 1]!, value);
  }
  return root;
}
