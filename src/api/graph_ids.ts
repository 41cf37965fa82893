/**
 * Ids of the graph model (Note [Call blocks] in graph_model.ts), in a module of their own so the
 * layout worker can read them without loading the model builder (and the operator registry).
 */

/** A value or node id without the `<call id>/` prefixes of Note [Call blocks], as printed. */
export function printedName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
