/** The command table: later stages add `exec`, `graph`, `code`, `run`, `conformance` here. */
import { parseCommand } from './commands/parse';
import type { Command } from './io';

export const COMMANDS: readonly Command[] = [parseCommand];
