/** `parse FILE...`: syntax-check files with the front end; prints diagnostics only. */
import { parse } from '../../lang/parser';
import { formatDiagnostic } from '../../lang/source';
import { EXIT, type CliIO, type Command } from '../io';

export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse FILE...',
  summary: 'check the syntax of TorchScript files; prints FILE:LINE:COL: error: message per problem',
  run(args: string[], io: CliIO): number {
    if (args.length === 0) {
      io.err('jitscope parse: no input files (usage: jitscope parse FILE...)');
      return EXIT.usage;
    }
    let status: number = EXIT.ok;
    for (const file of args) {
      let source: string;
      try {
        source = io.readFile(file);
      } catch (e) {
        io.err(`jitscope parse: cannot read ${file}: ${describeReadError(e)}`);
        status = EXIT.usage;
        continue;
      }
      const { diagnostics } = parse(source, file);
      for (const d of diagnostics) io.err(formatDiagnostic(file, d));
      if (diagnostics.length > 0 && status === EXIT.ok) status = EXIT.diagnostics;
    }
    return status;
  },
};

function describeReadError(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
    return code;
  }
  return e instanceof Error ? e.message : String(e);
}
