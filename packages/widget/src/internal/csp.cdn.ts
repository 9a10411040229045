/**
 * The CDN entry on a page with a strict Content-Security-Policy (issue 23). The entry imports this
 * module first, so it runs before Lit.
 *
 * - `script-src '<the entry's hash>' 'strict-dynamic'` trusts the scripts a trusted script inserts,
 *   but Chromium refuses the entry's `import()` of its chunks: they count as inserted by the page's
 *   parser, as the entry was. So every chunk the entry loads (rollup.config.mjs routes each
 *   `import()` of the entry here) is first fetched by a `<link rel="modulepreload">` the entry
 *   inserts, which that policy trusts and which is no Trusted Types sink; `import()` then takes it
 *   from the browser's module map without fetching it again. On other pages it is the same one
 *   request as before, and the link is removed once it has loaded.
 * - `script-src '<hash>'` alone (no source for the chunks, no 'strict-dynamic') refuses every chunk.
 *   The first load goes alone and every other waits for it; once the policy has refused it, nothing
 *   more is requested and the console says once which source to add, instead of one report per card
 *   and chunk. The cards show their fallback link ("could not be loaded").
 * - Lit creates the Trusted Types policy `lit-html` as the entry starts. Under a `trusted-types`
 *   allowlist without it, that throws and no element can be defined: the elements keep showing
 *   their fallback content, and the console says once what to add instead of an uncaught error.
 */

/** The directory of the entry and its chunks. */
const base = new URL('.', import.meta.url).href;

/** Why no chunk loads: the page's policy refused one (the message says what to add). */
let refused: Error | undefined;
/** The entry's first load: every other waits for it, so a policy refuses one request, not all. */
let first: Promise<unknown> | undefined;

// Reported before the refused load fails. Not a report-only policy's: there, the chunk loads.
addEventListener('securitypolicyviolation', (event) => {
  if (!refused && event.disposition == 'enforce' && event.blockedURI.startsWith(base)) {
    refused = new Error(
      `<ai-training-verdict>: to show the card, add ${base} to script-src in the page's CSP.`,
    );
    console.warn(refused.message);
  }
});

/**
 * Imports a chunk of the CDN build (`specifier` relative to the entry, or a URL), as `import()`
 * does: everything the entry imports goes through here. The chunk is fetched by a
 * `<link rel="modulepreload">`, then imported from the module map; one that fails is not fetched
 * again.
 */
export function importChunk(specifier: string): Promise<unknown> {
  const url = new URL(specifier, base).href;
  const load = (): Promise<unknown> =>
    new Promise((done, fail) => {
      if (refused) throw refused;
      const link = document.createElement('link');
      // An element's error handler gets an Event (a string only ever reaches `window.onerror`).
      link.onload = link.onerror = (event: Event | string): void => {
        link.remove();
        if ((event as Event).type == 'load') done(import(/* @vite-ignore */ url));
        else fail(refused ?? new Error(url));
      };
      link.rel = 'modulepreload';
      link.href = url;
      // Browsers without modulepreload import it directly.
      if (link.relList.supports('modulepreload')) document.head.append(link);
      else done(import(/* @vite-ignore */ url));
    });
  return first ? first.then(load, load) : (first = load());
}

/**
 * Lit's refused Trusted Types policy: the first uncaught error after this module has run. Nothing
 * else runs before Lit, in the same module, creates its policy; when that is refused, the error is
 * this file's and names the policy. Any other first error is left as it is, and so is every later
 * one.
 */
addEventListener(
  'error',
  (event) => {
    if (event.filename == import.meta.url && /lit-html/.test(event.message)) {
      event.preventDefault();
      console.warn(
        "<ai-training-verdict>: to show the card, add lit-html to trusted-types in the page's CSP.",
      );
    }
  },
  { once: true },
);
