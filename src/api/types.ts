/**
 * The contract between the compiler and its clients (the UI's worker, the CLI).
 * Everything here is plain, structured-cloneable data: no classes, no functions,
 * so a result crosses a Web Worker boundary or becomes JSON unchanged.
 */

export type Mode = 'script' | 'trace' | 'eager';

/** A source position in Python's convention: line 1-based, column 0-based. */
export interface ApiRange {
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
}

export interface ApiDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** The full text as PyTorch prints it (with `File "main.py", line N` and `~~~ <--- HERE`), when there is one. */
  readonly detail?: string;
  readonly range: ApiRange;
  /** Which stage reported it: parse, compile, run, trace. */
  readonly stage: 'parse' | 'compile' | 'run' | 'trace';
}

/** A function or nn.Module class the user can pick as the entry. */
export interface EntryInfo {
  readonly name: string;
  readonly kind: 'function' | 'module';
  readonly line: number;
  /** Parameter names after `self`. */
  readonly params: readonly string[];
}

export interface AnalyzeRequest {
  readonly source: string;
  readonly mode: Mode;
  /** The entry to compile; defaults to the last function or module class defined. */
  readonly entry?: string;
  /** A module method instead of `forward`. */
  readonly method?: string;
  /**
   * Example inputs as a Python expression (e.g. `(torch.rand(3, 4), torch.rand(3, 4))`);
   * defaults to a module-level `example_inputs`, else the program's own trace call.
   */
  readonly inputs?: string;
  /** The file name used in diagnostics and graph source comments. */
  readonly fileName?: string;
}

export interface AnalyzeResult {
  readonly entries: readonly EntryInfo[];
  /** The entry that was analysed, or null when none could be chosen. */
  readonly entry: string | null;
  readonly mode: Mode;
  readonly diagnostics: readonly ApiDiagnostic[];
  /** `.graph` text, when the entry compiled (script) or traced (trace). */
  readonly graph?: string;
  /** `.inlined_graph` text. */
  readonly inlinedGraph?: string;
  /** `.code` text. */
  readonly code?: string;
  /**
   * `.graph` text of each compiled method, by `classQualifiedName.method`
   * (`__torch__.torch.nn.modules.linear.Linear.forward`): the bodies of module calls.
   */
  readonly methods?: Readonly<Record<string, string>>;
  /** Per `.code` line (index 0 is line 1), the source line in the user's file that printed it, or null. */
  readonly codeLines?: readonly (number | null)[];
  /** Named values of the entry's graph with their inferred types (the hover's fallback without `exprs`). */
  readonly names?: readonly NameInfo[];
  /** Expressions and variables with the types of their graph values, for the editor's hover. */
  readonly exprs?: ExprIndex;
  /** What the program printed while running its module-level code. */
  readonly stdout: string;
  /** The entry's outputs on the example inputs, printed as PyTorch prints them. */
  readonly outputs?: string;
  /** The tfjs backend that ran: webgpu, webgl, wasm or cpu. */
  readonly backend: string;
  /** Milliseconds spent per stage (parse, run, compile, execute). */
  readonly timings: Readonly<Record<string, number>>;
}

/** A named value of the compiled graph: its inferred type and where its node is in the source. */
export interface NameInfo {
  readonly name: string;
  readonly type: string;
  /** The node's source range; absent for the graph's inputs. */
  readonly range?: ApiRange;
}

/** The expressions of the user's file that made values in the compiled graph (Note [Expression index] in expr_index.ts). */
export interface ExprIndex {
  /** Types and operators, each stored once; spans refer to them by position. */
  readonly strings: readonly string[];
  readonly spans: readonly ExprSpan[];
}

export interface ExprSpan {
  readonly range: ApiRange;
  /** The value's types (several when the code ran for several instances), as indices into `strings`. */
  readonly types: readonly number[];
  /**
   * The operator that made it (`aten::add.Tensor(Tensor self, ...) -> Tensor`), or for a
   * variable its graph value (`%out.3`): an index into `strings`.
   */
  readonly op: number;
}
