/** `code FILE ENTRY`: compile a function with the script compiler and print its `.code`. */
// Operator schemas are registered by the kernel modules, and the compiler matches against them.
import '../../ops';
import { pythonPrint } from '../../ir/python_print';
import { formatDiagnostic } from '../../lang/source';
import { compileFunction } from '../../script/compile';
import { EXIT, type CliIO, type Command } from '../io';

export const codeCommand: Command = {
  name: 'code',
  usage: 'code FILE ENTRY',
  summary: "script-compile function ENTRY of FILE and print its .code (TorchScript's pretty-printed Python)",
  run(args: string[], io: CliIO): number {
    if (args.length !== 2) {
      io.err('jitscope code: expected a file and a function name (usage: jitscope code FILE ENTRY)');
      return EXIT.usage;
    }
    const [file, entry] = args as [string, string];
    let source: string;
    try {
      source = io.readFile(file);
    } catch {
      io.err(`jitscope code: cannot read ${file}`);
      return EXIT.usage;
    }
    const result = compileFunction(source, file, entry);
    if (!result.graph) {
      for (const d of result.diagnostics) io.err(formatDiagnostic(file, d));
      return EXIT.diagnostics;
    }
    io.out(pythonPrint(result.graph, { name: entry, schema: result.schema }).trimEnd());
    return EXIT.ok;
  },
};
