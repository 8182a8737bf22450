/** The production build served by `vite preview` for a benchmark, and how to stop it. */
import { execSync, spawn } from 'node:child_process';

export async function servePreview(port: number): Promise<() => void> {
  execSync('npx vite build', { stdio: 'ignore' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(`http://localhost:${port}`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return () => {
    // A server already gone (it died during the run) must not hide the run's own error.
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      console.error('The preview server had already stopped.');
    }
  };
}
