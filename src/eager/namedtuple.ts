// `class Point(NamedTuple): x: int; y: float = 0.0` as a class that builds named tuples.
import type { ClassDef } from '../lang/ast';
import type { Interpreter } from './interpreter';
import type { Namespace, PyValue } from './objects';
import { PyClass, asIValue } from './objects';
import { objectClass, pyError } from './errors';
import { NamedTupleValue } from './ordered_dict';

export function makeNamedTuple(it: Interpreter, s: ClassDef, ns: Namespace): PyClass {
  const fields: string[] = [];
  for (const st of s.body) if (st.kind === 'AnnAssign' && st.target.kind === 'Name') fields.push(st.target.id);
  const defaults = new Map<string, PyValue>();
  for (const f of fields) if (ns.has(f)) defaults.set(f, ns.get(f)!);
  const moduleName = String(ns.get('__module__') ?? '__main__');
  const cls: PyClass = new PyClass(
    s.name,
    [objectClass],
    s,
    null,
    {
      construct: (args, kwargs) => {
        if (args.length > fields.length) throw pyError('TypeError', `${s.name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
        const values = fields.map((f, i) => {
          const v = i < args.length ? args[i] : kwargs.has(f) ? kwargs.get(f) : defaults.get(f);
          if (v === undefined) throw pyError('TypeError', `${s.name}.__new__() missing 1 required positional argument: '${f}'`);
          return asIValue(v);
        });
        return new NamedTupleValue(s.name, values, fields);
      },
      instanceCheck: (v) => v instanceof NamedTupleValue && v.className === s.name,
    },
    moduleName,
  );
  for (const st of s.body) if (st.kind === 'AnnAssign' && st.target.kind === 'Name') cls.annotations.set(st.target.id, st.annotation);
  for (const [k, v] of ns) if (!fields.includes(k)) cls.dict.set(k, v);
  void it;
  return cls;
}
