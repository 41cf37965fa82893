import type { Diagnostic } from '../lang/source';
import type { ApiDiagnostic } from './types';

/** A stage's diagnostic as plain data for the clients. */
export function toApiDiagnostic(d: Diagnostic, stage: ApiDiagnostic['stage'], detail?: string): ApiDiagnostic {
  return {
    severity: d.severity,
    message: d.message,
    ...(detail === undefined ? {} : { detail }),
    range: {
      startLine: d.range.start.line,
      startCol: d.range.start.col,
      endLine: d.range.end.line,
      endCol: d.range.end.col,
    },
    stage,
  };
}
