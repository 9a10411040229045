// Serves the built docs site (dist/) on 127.0.0.1 and prints its URL. PORT overrides the default
// 6006; when that port is taken, the next free one is used, so a second checkout or a running
// Storybook never stops `npm start`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = fileURLToPath(new URL('../dist/', import.meta.url));

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `port` 0 picks any free port (the browser test does this).
 *
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer(options = {}) {
  const { host = '127.0.0.1', root = defaultRoot } = options;
  const base = normalize(root).replace(/[\\/]$/, '');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      // A folder without a trailing slash would resolve its page's relative links one level up.
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      // Rebuilt often while you work: never serve yesterday's build from the browser cache.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      // Public files, read with CORS as jsDelivr serves them: the generator's preview runs the
      // snippet in a sandboxed frame whose origin is opaque, and its module scripts (crossorigin,
      // with integrity) load from here.
      'access-control-allow-origin': '*',
    });
    createReadStream(path).pipe(res);
  });
  let port = options.port ?? Number(process.env.PORT ?? 6006);
  const firstPort = port;
  return new Promise((resolve, reject) => {
    server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE' && port !== 0 && port < firstPort + 20) {
        port += 1;
        server.listen(port, host);
      } else reject(error);
    });
    server.on('listening', () => resolve(server));
    server.listen(port, host);
  });
}

/**
 * What `npm start` prints about the docs site served by `server`: its address and its main pages.
 *
 * @param {import('node:http').Server} server
 */
export function docsAddresses(server) {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 6006;
  return (
    `Docs site: http://localhost:${port}/\n` +
    `  every tool's card:     http://localhost:${port}/?path=/docs/overview--docs\n` +
    `  a plain blog page:     http://localhost:${port}/plain/\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(defaultRoot, 'index.html'))) {
    process.stderr.write(
      'The docs site is not built yet: run `npm start` from the repository root.\n',
    );
    process.exit(1);
  }
  const server = await startServer();
  process.stdout.write(`\n${docsAddresses(server)}(press Ctrl+C to stop)\n`);
}
