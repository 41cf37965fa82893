// Test support: graphs with the results PyTorch gave (conformance and oracle cases), checked
// against any way of running them (the synchronous or the asynchronous interpreter).
import { parseIR } from '../../ir/parser';
import type { Graph } from '../../ir/graph';
import type { Encoded } from '../../api/values';
import { compareValues, decodeValue } from '../../api/values';
import type { IValue } from '../ivalue';
import { moduleObject } from './module';

export interface GraphCase {
  name: string;
  graph: string;
  params?: Record<string, Encoded> | null;
  runs: { inputs: Encoded[]; output?: Encoded; raises?: string }[];
}

/** Runs every run of a case through `compile(graph)`; null when all match, else the first problem. */
export async function checkCase(c: GraphCase, compile: (g: Graph) => (inputs: IValue[]) => IValue | Promise<IValue>): Promise<string | null> {
  const graph = parseIR(c.graph);
  const run = compile(graph);
  const isModule = graph.inputs[0]?.type.kind === 'Class';
  for (const [i, r] of c.runs.entries()) {
    const inputs: IValue[] = r.inputs.map(decodeValue);
    if (isModule) {
      const state = Object.fromEntries(Object.entries(c.params ?? {}).map(([k, v]) => [k, decodeValue(v)]));
      inputs.unshift(moduleObject(graph.inputs[0]!.type.str(), state));
    }
    let out: IValue;
    try {
      out = await run(inputs);
    } catch (e) {
      if (r.raises !== undefined) continue;
      return `run ${i}: ${(e as Error).message.split('\n')[0]}`;
    }
    if (r.raises !== undefined) return `run ${i}: expected ${r.raises}`;
    const d = compareValues(out, r.output ?? null);
    if (d) return `run ${i}: ${d}`;
  }
  return null;
}
