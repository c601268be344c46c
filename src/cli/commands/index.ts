// Every CLI command, in the order --help lists them. Add a command by adding its module here (one line each).
import type { Command } from '../command';
import { extractCommand } from './extract';
import { extractEmailCommand } from './extract-email';
import { matchCommand } from './match';
import { suggestCommand } from './suggest';
import { teamCommand } from './team';
import { titleCommand } from './title';

export const commands: Command[] = [
  extractCommand,
  extractEmailCommand,
  matchCommand,
  suggestCommand,
  teamCommand,
  titleCommand,
];
