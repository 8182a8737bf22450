/** The shared-plan server (`npm run server`) as its own process, on a port of the test's own. */
import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { tokenOf } from './signIn';

/** The shared-plan server as its own process, so the test can kill it as a power cut would. */
export function serverProcess(port: number, dataDir: string, databaseUrl?: string) {
  let child: ChildProcess | null = null;
  const output: string[] = [];
  const base = `http://127.0.0.1:${port}`;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        STATIC_DIR: 'dist',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`${base}/api/health`)).status;
          } catch {
            return 0;
          }
        },
        { timeout: 60_000, message: `the server did not start:\n${output.join('')}` },
      )
      .toBe(200);
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  /** Signed in as whoever `token` names (the manager's, read from a page). */
  let token = '';
  const head = async () =>
    (await (
      await fetch(`${base}/api/workspace`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      seq: number;
      auditCount: number;
      auditHash: string;
    };
  return {
    base,
    start,
    kill,
    head,
    output,
    signedInAs: (page: Page) => tokenOf(page).then((held) => void (token = held)),
  };
}
