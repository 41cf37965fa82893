/** The command table: later stages add `exec`, `graph`, `run`, `conformance` here. */
import { codeCommand } from './commands/code';
import { parseCommand } from './commands/parse';
import type { Command } from './io';

export const COMMANDS: readonly Command[] = [parseCommand, codeCommand];
