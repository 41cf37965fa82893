/** Entry point: `npx tsx src/cli/main.ts <command> ...` (or `npm run -s cli -- <command> ...`). */
import { runCli } from './cli';
import { EXIT, processIO } from './io';

runCli(process.argv.slice(2), processIO).then(
  (status) => {
    process.exitCode = status;
  },
  () => {
    process.stderr.write('internal error: unexpected failure\n');
    process.exitCode = EXIT.internal;
  },
);
