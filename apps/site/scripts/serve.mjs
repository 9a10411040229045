// Serves the built site (dist/) on 127.0.0.1 with the docs' own static server (same headers, same
// free-port search) and prints its address. PORT overrides the default 6010. `npm start` serves it
// beside the docs (scripts/serve.mjs at the repository root).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../docs/scripts/serve.mjs';

/** Where the site is built. */
export const siteRoot = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the site's server; `port` 0 picks any free port (the tests do this).
 *
 * @param {{ port?: number }} [options]
 */
export function serveSite(options = {}) {
  if (!existsSync(`${siteRoot}index.html`)) {
    throw new Error('The site is not built yet: run `npm start` (or `pnpm build`) first.');
  }
  return startServer({ root: siteRoot, port: options.port ?? Number(process.env.PORT ?? 6010) });
}

/**
 * What `npm start` prints about the site served by `server`: its address and a tool page's.
 *
 * @param {import('node:http').Server} server
 */
export function siteAddresses(server) {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 6010;
  return (
    `Site (a page per tool): http://localhost:${port}/\n` +
    `  a tool's page:        http://localhost:${port}/tools/<id>/\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serveSite();
  process.stdout.write(`\n${siteAddresses(server)}(press Ctrl+C to stop)\n`);
}
