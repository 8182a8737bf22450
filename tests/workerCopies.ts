/**
 * An in-process worker's own copies of the app's modules, for the integration tests
 * (`tests/integration/inProcessWorker.ts`). A real worker has its own module instances: its own
 * connection to the database, its own signed-in person, its own announcements. A worker script
 * imported as `…/closeWorker.ts?in-process-worker=3` gets that here: every module of `src/` it
 * imports, statically or on demand, is imported with the same mark, so it is another instance
 * than the page's (the test's), and another than an earlier worker's. The page's modules are
 * never reset, so a module the page loads on demand is the page's, never a worker's.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const WORKER_COPY = 'in-process-worker';

const markOf = (id: string) => new RegExp(`[?&](${WORKER_COPY}=\\d+)`).exec(id)?.[1];

export function inProcessWorkerCopies(): Plugin {
  let sources = resolve('src');
  return {
    name: 'in-process-worker-copies',
    apply: (_, { mode }) => mode === 'test',
    configResolved: (config) => {
      sources = resolve(config.root, 'src');
    },
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        const mark = importer && markOf(importer);
        if (!mark || markOf(source)) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!resolved || resolved.external || !resolved.id.startsWith(sources)) return resolved;
        return `${resolved.id}${resolved.id.includes('?') ? '&' : '?'}${mark}`;
      },
    },
  };
}
