/**
 * Source positions shared by every stage. Lines are 1-based and columns 0-based,
 * as Python and TorchScript report them (`# main.py:9:4`); `offset` is the
 * 0-based index into the source text. `end` is exclusive.
 */
export interface Position {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A user-facing problem: data, never an exception. */
export interface Diagnostic {
  readonly message: string;
  readonly range: SourceRange;
  readonly severity: Severity;
  /** A stable identifier from the message table of the stage that made it. */
  readonly code: string;
}

export function rangeOf(start: Position, end: Position): SourceRange {
  return { start, end };
}

/** The smallest range covering both. */
export function spanRanges(a: SourceRange, b: SourceRange): SourceRange {
  const start = a.start.offset <= b.start.offset ? a.start : b.start;
  const end = a.end.offset >= b.end.offset ? a.end : b.end;
  return { start, end };
}

/** `FILE:LINE:COL: error: message`, the form compilers and editors understand. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line}:${d.range.start.col}: ${d.severity}: ${d.message}`;
}
