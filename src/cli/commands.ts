/** The command table: later stages add `exec`, `graph`, `run` here. */
import { codeCommand } from './commands/code';
import { conformanceCommand } from './commands/conformance';
import { graphCommand } from './commands/graph';
import { execCommand } from './commands/exec';
import { parseCommand } from './commands/parse';
import { runCommand } from './commands/run';
import type { Command } from './io';

export const COMMANDS: readonly Command[] = [parseCommand, codeCommand, graphCommand, conformanceCommand, execCommand, runCommand];
