/** `code FILE --entry NAME [--method M] [--init-args JSON]`: script-compile a function or module and print its `.code`. */
import { EXIT, type CliIO, type Command } from '../io';
import { compileEntryArgs, parseEntryArgs, readEntrySource, reportDiagnostics } from './graph';

export const codeCommand: Command = {
  name: 'code',
  usage: 'code FILE --entry NAME [--method M] [--init-args JSON]',
  summary: "script-compile a function or nn.Module class of FILE and print its .code (TorchScript's pretty-printed Python)",
  run(args: string[], io: CliIO): number {
    const read = readEntrySource('code', codeCommand.usage, parseEntryArgs(args, []), io);
    if (!read) return EXIT.usage;
    const { a, source } = read;
    const result = compileEntryArgs(source, a);
    if (result.code === undefined) {
      reportDiagnostics(io, a.file, result.diagnostics);
      return EXIT.diagnostics;
    }
    io.out(result.code.trimEnd());
    return EXIT.ok;
  },
};
