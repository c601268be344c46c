// Starts the CouchDB-compatible test server (server-main.mjs) in its own child process and stops it by its pid.
// One server per test file: the memory adapter shares one store between every database in a process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TeamServer {
  url: string;
  admin: string;
  password: string;
  pid: number;
  /** Freezes the server process (SIGSTOP): requests hang as they would to a server that went away. */
  pause: () => void;
  /** Thaws it (SIGCONT), with every database as it was. */
  resume: () => void;
  stop: () => Promise<void>;
}

const MAIN = join(dirname(fileURLToPath(import.meta.url)), 'server-main.mjs');

export async function startTeamServer(timeoutMs = 20_000): Promise<TeamServer> {
  const child: ChildProcess = spawn(process.execPath, [MAIN], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += String(chunk); });
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`team server did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => { clearTimeout(timer); resolve(line); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`team server exited (${code}): ${stderr}`)); });
  });
  const { url, admin, password } = JSON.parse(first) as { url: string; admin: string; password: string };
  const pid = child.pid!;
  return {
    url, admin, password, pid,
    pause: () => { process.kill(pid, 'SIGSTOP'); },
    resume: () => { process.kill(pid, 'SIGCONT'); },
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(pid, 'SIGCONT');
      process.kill(pid, 'SIGTERM');
    }),
  };
}
