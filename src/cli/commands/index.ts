// Every CLI command, in the order --help lists them. Add a command by adding its module here (one line each).
import type { Command } from '../command';

export const commands: Command[] = [
];
