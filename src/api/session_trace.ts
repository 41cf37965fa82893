/** The trace half of the session: torch.jit.trace of a function or a module on example inputs. */
import { entryFailure, type EntryRequest, type EntryResult } from './session';

export function traceEntry(request: EntryRequest): EntryResult {
  return entryFailure('api/trace-unavailable', `trace not implemented (${request.entry})`);
}
