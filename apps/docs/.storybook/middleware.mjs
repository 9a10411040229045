// Storybook's dev server (`pnpm dev`) loads this for its routes: it serves cdn/ and static/ with
// CORS, as jsDelivr and scripts/serve.mjs (the built site) do. The embed generator's preview runs
// the snippet in a sandboxed frame whose origin is opaque, and its module scripts (crossorigin,
// with integrity) load from this server.

/**
 * @param {{ use(handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void): unknown }} router
 */
export default function middleware(router) {
  router.use((req, res, next) => {
    if (/^\/(cdn|static)\//.test(req.url ?? '')) res.setHeader('access-control-allow-origin', '*');
    next();
  });
}
