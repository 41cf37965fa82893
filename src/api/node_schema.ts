/**
 * The operator schema of a node read back from `.graph` text, for the graph's node details
 * (Netron's properties pane): the registry's overload of the node's kind whose arguments
 * take the node's inputs. The IR passes every argument positionally, defaults included, so
 * an overload fits when it has as many arguments and each input's type fits its argument.
 */
import type { Type } from '../ir/types';
import { overloadsOf, schemaOf } from '../ops';
import { hasVars } from '../script/schema_matching';

export interface NodeSchema {
  readonly text: string;
  /** The arguments' names, in the order the node's inputs take them. */
  readonly args: readonly string[];
}

export function schemaFor(kind: string, inputs: readonly Type[]): NodeSchema | undefined {
  let best: { schema: NodeSchema; vars: number } | undefined;
  for (const entry of overloadsOf(kind)) {
    const args = schemaOf(entry).arguments;
    if (args.length !== inputs.length) continue;
    let vars = 0;
    const fits = args.every((a, i) => {
      const formal = a.type;
      if (hasVars(formal)) {
        vars++;
        return formal.kind === inputs[i]!.kind;
      }
      return inputs[i]!.isSubtypeOf(formal);
    });
    // Prefer the overload with the fewest type variables: `add.Tensor` over a generic one.
    if (fits && (!best || vars < best.vars)) best = { schema: { text: entry.schema, args: args.map((a) => a.name) }, vars };
  }
  return best?.schema;
}
