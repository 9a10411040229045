// The CDN build as a blogger's page loads it: one script tag, a strict Content-Security-Policy
// (`default-src 'self'`: no inline script or style, no eval), the page's own hostile CSS, the snippet
// pasted twice. Runs cdn/ (built by `pnpm build`) in Chromium from a local node:http server.
//
// The cards show the real records the build bundles, so no tool is named here: the tests take the
// ids from the built dataset and check what holds for any record (every card renders under the
// CSP; one card loads one record chunk). The test copy of cdn/ gets one fixture the real data does
// not have: tools/renamed-fixture-tool.js, a redirect to the dataset's first tool, so a renamed id
// can be tested without inventing a record. `src` reads the fictional fixture release.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sriHash } from '../rollup.config.mjs';
import { launchBrowser, post, startBlog, visit } from './lib/blog.mjs';
import {
  cdnDir,
  dataPackageDir,
  ENTRIES,
  ENTRY,
  packageDir,
  requireBuild,
  upFrontFiles,
} from './lib/cdn-files.mjs';

const TIMEOUT = { timeout: 120000 };

/** Text as a reader gets it: whitespace collapsed, trimmed (as `session.shadowTexts` gives it). */
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
/** The old id of a renamed tool, a fixture redirect added to the test copy of cdn/. */
const RENAMED = 'renamed-fixture-tool';

describe('cdn/ai-training-verdict.js on a blog', () => {
  let dir;
  let blog;
  let browser;
  let upFront; // the entry and the chunks it imports statically
  let records; // every record of the built dataset (data.json), in its order
  let first; // the dataset's first record: a card whose loading is looked at closely
  let integrity;

  before(async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), 'atv-cdn-'));
    const data = JSON.parse(readFileSync(join(dataPackageDir(), 'dist', 'data.json'), 'utf8'));
    records = Object.values(data.tools);
    first = records[0];
    assert.ok(first, 'the dataset has a record');
    assert.ok(!(RENAMED in data.tools) && !(RENAMED in data.redirects), `${RENAMED} is free`);
    cpSync(cdnDir, join(dir, 'cdn'), { recursive: true });
    writeFileSync(
      join(dir, 'cdn', 'tools', `${RENAMED}.js`),
      `export default ${JSON.stringify({ kind: 'moved', id: RENAMED, redirectTo: first.id, date: '2026-01-01', reason: 'A test fixture: the old id of a renamed tool.' })};\n`,
    );
    // A second copy whose record for the first tool is missing, as after a failed or partial deploy.
    cpSync(join(dir, 'cdn'), join(dir, 'broken'), { recursive: true });
    rmSync(join(dir, 'broken', 'tools', `${first.id}.js`));
    const read = (name) => readFileSync(join(dir, 'cdn', name), 'utf8');
    upFront = upFrontFiles(ENTRY, read);
    integrity = JSON.parse(read('integrity.json')).integrity;
    blog = await startBlog({
      mounts: {
        '/cdn/': join(dir, 'cdn'),
        '/copy/': join(dir, 'cdn'),
        '/broken/': join(dir, 'broken'),
      },
      files: {
        '/host.css': `* { line-height: 3 } table { display: block } td, th { display: block }
body { font-size: 22px; color: #222; }`,
        '/data/data.json': readFileSync(
          join(packageDir, 'test', 'fixtures', 'releases', 'valid.json'),
          'utf8',
        ),
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await blog?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const snippet = (tool, extra = '') =>
    `<ai-training-verdict tool="${tool}"${extra}><a href="https://example.com/terms">The tool's terms</a></ai-training-verdict>`;
  const scriptTag = (entry = ENTRY) =>
    `<script type="module" src="/cdn/${entry}" integrity="${integrity[entry]}" crossorigin="anonymous"></script>`;

  it('has the integrity the build printed for each entry (sha384)', () => {
    assert.deepEqual(Object.keys(integrity).sort(), [...ENTRIES].sort());
    for (const entry of ENTRIES) {
      assert.equal(integrity[entry], sriHash(readFileSync(join(dir, 'cdn', entry))));
    }
  });

  it(
    "renders every tool's card under CSP default-src 'self', with no violation or error",
    TIMEOUT,
    async () => {
      const body = [scriptTag(), ...records.map((record) => snippet(record.id))].join('\n');
      const session = await visit(browser, blog, blog.page(post(body)));
      try {
        assert.equal(session.response.headers()['content-security-policy'], "default-src 'self'");
        const events = await session.events(records.length);
        assert.deepEqual(
          events.map((event) => [event.type, event.recordId]).sort(),
          records.map((record) => ['ai-training-verdict-load', record.id]).sort(),
        );
        const texts = await session.shadowTexts('ai-training-verdict');
        for (const [i, record] of records.entries()) {
          const text = texts[i];
          assert.ok(text.includes(collapse(record.name)), `the card names ${record.id}: ${text}`);
          assert.ok(text.includes(collapse(record.headline.shortAnswer)), `${record.id}: answer`);
          for (const tier of record.tiers) {
            assert.ok(text.includes(collapse(tier.label)), `${record.id} lists ${tier.id}`);
          }
        }
        const links = await session.page.$$eval('ai-training-verdict', (elements) =>
          elements.flatMap((el) =>
            [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({
              href: a.getAttribute('href'),
              rel: a.getAttribute('rel'),
            })),
          ),
        );
        assert.ok(links.length > 0, 'the cards link their sources');
        for (const link of links) {
          assert.match(link.href, /^https:\/\//);
          assert.equal(link.rel, 'noopener noreferrer');
        }
        assert.deepEqual(await session.violations(), []);
        assert.deepEqual(session.seen.errors, []);
        assert.deepEqual(
          session.seen.console.filter((m) => m.type === 'error' || m.type === 'warning'),
          [],
        );
      } finally {
        await session.close();
      }
    },
  );

  it(
    'requests only the page, the module, its static chunks and the one record',
    TIMEOUT,
    async () => {
      const start = blog.requests.length;
      const path = blog.page(post(`${scriptTag()}\n${snippet(first.id)}`));
      const session = await visit(browser, blog, path);
      try {
        await session.events(1);
        const expected = [
          path,
          ...upFront.map((name) => `/cdn/${name}`),
          `/cdn/tools/${first.id}.js`,
        ].sort();
        const inBrowser = session.seen.requests.map((url) => {
          assert.ok(url.startsWith(`${blog.origin}/`), `${url} goes to another origin`);
          return new URL(url).pathname;
        });
        assert.deepEqual([...new Set(inBrowser)].sort(), expected);
        // What reached the server, including anything the page's events could miss.
        const atServer = blog.requests.slice(start).filter((p) => p !== '/favicon.ico');
        assert.deepEqual([...new Set(atServer)].sort(), expected);
      } finally {
        await session.close();
      }
    },
  );

  it('sets no cookie and stores nothing', TIMEOUT, async () => {
    const session = await visit(
      browser,
      blog,
      blog.page(post(`${scriptTag()}\n${snippet(first.id)}`)),
    );
    try {
      await session.events(1);
      assert.deepEqual(await session.context.cookies(), []);
      const stored = await session.page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(stored, { cookie: '', local: 0, session: 0, indexedDB: 0, caches: 0 });
    } finally {
      await session.close();
    }
  });

  it(
    'survives the snippet pasted twice, and a second copy from another URL: a warning, no error',
    TIMEOUT,
    async () => {
      // Three cards, of the dataset's first three tools (or of fewer, repeated).
      const ids = [0, 1, 2].map((i) => records[i % records.length].id);
      const body = [
        scriptTag(),
        snippet(ids[0]),
        scriptTag(),
        snippet(ids[1]),
        // The same file under another URL is another module, as a second version would be.
        `<script type="module" src="/copy/${ENTRY}"></script>`,
        snippet(ids[2]),
      ].join('\n');
      const session = await visit(browser, blog, blog.page(post(body)));
      try {
        const events = await session.events(3);
        assert.deepEqual(
          events.map((e) => e.type),
          Array(3).fill('ai-training-verdict-load'),
        );
        assert.deepEqual(events.map((e) => e.recordId).sort(), [...ids].sort());
        const texts = await session.shadowTexts('ai-training-verdict');
        assert.equal(texts.length, 3);
        for (const text of texts) assert.ok(text.length > 100, 'each card rendered');
        assert.deepEqual(session.seen.errors, []);
        const clash = (m) =>
          m.type === 'warning' &&
          m.text.includes('<ai-training-verdict>') &&
          /already/.test(m.text);
        // The second copy words its warning in its failure chunk, which it loads on finding the
        // clash: wait for it (at most five seconds).
        for (let i = 0; i < 100 && !session.seen.console.some(clash); i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const warnings = session.seen.console.filter((m) => m.type === 'warning');
        assert.ok(warnings.some(clash), `a warning names the clash: ${JSON.stringify(warnings)}`);
        assert.deepEqual(await session.violations(), []);
      } finally {
        await session.close();
      }
    },
  );

  it(
    'explains an unknown tool, with suggestions, the fallback link and a warning',
    TIMEOUT,
    async () => {
      // A typo of a real id (its last letter doubled): the catalog suggests that id.
      let typo = `${first.id}${first.id.at(-1)}`;
      while (records.some((record) => record.id === typo)) typo += 'q';
      const session = await visit(
        browser,
        blog,
        blog.page(post(`${scriptTag()}\n${snippet(typo)}`)),
      );
      try {
        const [event] = await session.events(1);
        assert.equal(event.type, 'ai-training-verdict-error');
        assert.equal(event.reason, 'unknown-tool');
        assert.ok(event.suggestions.includes(first.id), JSON.stringify(event));
        const [text] = await session.shadowTexts('ai-training-verdict');
        assert.ok(text.includes(`“${typo}”`) && text.includes('Did you mean'), text);
        assert.ok(text.includes(first.id), text);
        const link = session.page.locator('ai-training-verdict > a');
        assert.ok(await link.isVisible(), 'the fallback link stays visible');
        assert.ok(
          session.seen.console.some((m) => m.type === 'warning' && m.text.includes(typo)),
          'the author is told in the console',
        );
        assert.deepEqual(session.seen.errors, []);
        assert.deepEqual(await session.violations(), []);
        // The record chunk that does not exist, then the catalog; never the other records.
        const paths = session.seen.requests.map((url) => new URL(url).pathname);
        assert.ok(paths.includes(`/cdn/tools/${typo}.js`));
        assert.ok(
          paths.some((p) => /^\/cdn\/catalog-[\w-]+\.js$/.test(p)),
          'the catalog loads',
        );
        assert.deepEqual(
          paths.filter((p) => p.startsWith('/cdn/tools/')),
          [`/cdn/tools/${typo}.js`],
        );
      } finally {
        await session.close();
      }
    },
  );

  it('never turns an id that cannot be one into a URL', TIMEOUT, async () => {
    const session = await visit(
      browser,
      blog,
      blog.page(
        post(`${scriptTag()}\n${snippet(`../../${first.id}`)}\n${snippet(`${first.name} AI!`)}`),
      ),
    );
    try {
      const events = await session.events(2);
      assert.deepEqual(
        events.map((e) => e.reason),
        ['unknown-tool', 'unknown-tool'],
      );
      const paths = session.seen.requests.map((url) => new URL(url).pathname);
      assert.deepEqual(
        paths.filter((p) => p.includes('/tools/')),
        [],
      );
      // The catalog still answers "did you mean" for what a person might have typed.
      const typed = events.find((e) => e.tool === `${first.name} AI!`);
      assert.ok(typed?.suggestions.includes(first.id), JSON.stringify(events));
    } finally {
      await session.close();
    }
  });

  it('tells a known tool whose record fails to load from an unknown one', TIMEOUT, async () => {
    const session = await visit(
      browser,
      blog,
      blog.page(
        post(`<script type="module" src="/broken/${ENTRY}"></script>\n${snippet(first.id)}`),
      ),
    );
    try {
      const [event] = await session.events(1);
      assert.equal(event.type, 'ai-training-verdict-error');
      assert.equal(event.reason, 'load-failed');
      assert.ok(await session.page.locator('ai-training-verdict > a').isVisible());
      assert.deepEqual(session.seen.errors, []);
      assert.deepEqual(await session.violations(), []);
    } finally {
      await session.close();
    }
  });

  it(
    'follows a renamed id to the new record, loading two record chunks and no catalog',
    TIMEOUT,
    async () => {
      const session = await visit(
        browser,
        blog,
        blog.page(post(`${scriptTag()}\n${snippet(RENAMED)}`)),
      );
      try {
        const [event] = await session.events(1);
        assert.equal(event.type, 'ai-training-verdict-load');
        assert.equal(event.recordId, first.id);
        assert.equal(event.renamedFrom, RENAMED);
        const [text] = await session.shadowTexts('ai-training-verdict');
        assert.ok(text.includes(collapse(first.headline.shortAnswer)), text);
        assert.ok(text.includes(`“${RENAMED}” leads to ${collapse(first.name)}.`), text);
        const paths = session.seen.requests.map((url) => new URL(url).pathname);
        assert.deepEqual(
          paths.filter((p) => p.startsWith('/cdn/tools/')),
          [`/cdn/tools/${RENAMED}.js`, `/cdn/tools/${first.id}.js`],
        );
        assert.ok(!paths.some((p) => /catalog-/.test(p)), 'no catalog for a known id');
        assert.deepEqual(await session.violations(), []);
      } finally {
        await session.close();
      }
    },
  );

  it(
    "keeps its layout under the page's `* { line-height: 3 }` and `table { display: block }`",
    TIMEOUT,
    async () => {
      const head = '<link rel="stylesheet" href="/host.css">';
      const session = await visit(
        browser,
        blog,
        blog.page(post(`${scriptTag()}\n${snippet(first.id)}`, { head })),
      );
      try {
        await session.events(1);
        const layout = await session.page.$eval('ai-training-verdict', (el) => {
          const root = /** @type {ShadowRoot} */ (el.shadowRoot);
          const table = root.querySelector('table');
          const ratio = (node) => {
            const style = getComputedStyle(node);
            return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
          };
          return {
            hostLineHeight: ratio(el),
            table: table && getComputedStyle(table).display,
            cells: table
              ? [...table.querySelectorAll('td, th')].map((c) => getComputedStyle(c).display)
              : [],
            lineHeights: [...root.querySelectorAll('p, td, th, li')].map(ratio),
          };
        });
        assert.ok(layout.hostLineHeight > 2.9, "the page's rule does reach the host element");
        assert.equal(layout.table, 'table');
        assert.ok(layout.cells.length > 0 && layout.cells.every((d) => d === 'table-cell'));
        assert.ok(layout.lineHeights.length > 0);
        for (const ratio of layout.lineHeights) assert.ok(ratio < 2, `line-height ${ratio}`);
        assert.deepEqual(await session.violations(), []);
      } finally {
        await session.close();
      }
    },
  );

  it('loads a locale as one more chunk beside the entry, under the same CSP', TIMEOUT, async () => {
    const english = await visit(
      browser,
      blog,
      blog.page(post(`${scriptTag()}\n${snippet(first.id)}`)),
    );
    const german = await visit(
      browser,
      blog,
      blog.page(post(`${scriptTag()}\n${snippet(first.id)}`, { lang: 'de' })),
    );
    try {
      await english.events(1);
      await german.events(1);
      const chunks = (session) =>
        session.seen.requests
          .map((url) => new URL(url).pathname)
          .filter((p) => p.startsWith('/cdn/') && !p.startsWith('/cdn/tools/'));
      const extra = chunks(german).filter((p) => !chunks(english).includes(p));
      assert.equal(extra.length, 1, `one locale chunk: ${extra}`);
      const [en] = await english.shadowTexts('ai-training-verdict');
      const [de] = await german.shadowTexts('ai-training-verdict');
      assert.notEqual(de, en, 'the German card reads differently');
      assert.ok(de.includes(collapse(first.headline.shortAnswer)), 'record text stays as written');
      assert.deepEqual(await german.violations(), []);
      assert.deepEqual(german.seen.errors, []);
    } finally {
      await english.close();
      await german.close();
    }
  });

  it(
    'reads a pinned release given as `src` through the lazy client, under the same CSP',
    TIMEOUT,
    async () => {
      const session = await visit(
        browser,
        blog,
        // The fixture release: a fictional tool the bundled data does not have.
        blog.page(post(`${scriptTag()}\n${snippet('scribble-pad', ' src="/data/data.json"')}`)),
      );
      try {
        const [event] = await session.events(1);
        assert.equal(event.type, 'ai-training-verdict-load', JSON.stringify(event));
        assert.equal(event.recordId, 'scribble-pad');
        const [text] = await session.shadowTexts('ai-training-verdict');
        assert.ok(text.startsWith('Scribble Pad Scribble Labs'), text);
        const paths = session.seen.requests.map((url) => new URL(url).pathname);
        assert.ok(paths.includes('/data/data.json'));
        assert.ok(
          paths.some((p) => /^\/cdn\/client-[\w-]+\.js$/.test(p)),
          'the client loads',
        );
        assert.deepEqual(await session.violations(), []);
        assert.deepEqual(session.seen.errors, []);
      } finally {
        await session.close();
      }
    },
  );

  it(
    'renders a card, a compact badge and a table from the one entry, under the same CSP',
    TIMEOUT,
    async () => {
      const ids = records.map((r) => r.id);
      const session = await visit(
        browser,
        blog,
        blog.page(
          post(
            `${scriptTag()}\n${snippet(first.id)}\n<p>In a sentence: ${snippet(first.id, ' compact')}.</p>\n` +
              `<ai-training-table tools="${ids.join(' ')}"></ai-training-table>`,
          ),
        ),
      );
      try {
        // The card, the badge, then one event per tool of the table.
        const events = await session.events(2 + records.length);
        assert.ok(events.every((event) => event.type === 'ai-training-verdict-load'));
        const [card, badge] = await session.shadowTexts('ai-training-verdict');
        assert.ok(card.includes(collapse(first.name)) && card.includes('Sources'), card);
        assert.ok(badge.startsWith(collapse(first.name)) && badge.length < card.length / 4, badge);
        const [table] = await session.shadowTexts('ai-training-table');
        for (const record of records) assert.ok(table.includes(collapse(record.name)), table);
        const paths = session.seen.requests.map((url) => new URL(url).pathname);
        assert.equal(paths.filter((p) => /^\/cdn\/ai-training-[a-z]+\.js$/.test(p)).length, 1);
        assert.ok(paths.some((p) => /^\/cdn\/ai-training-table-[\w-]+\.js$/.test(p)));
        assert.deepEqual(await session.violations(), []);
        assert.deepEqual(session.seen.errors, []);
      } finally {
        await session.close();
      }
    },
  );

  it("never loads the table's code on a page without a table", TIMEOUT, async () => {
    const session = await visit(
      browser,
      blog,
      blog.page(post(`${scriptTag()}\n${snippet(first.id)}`)),
    );
    try {
      await session.events(1);
      const paths = session.seen.requests.map((url) => new URL(url).pathname);
      assert.ok(!paths.some((p) => p.includes('ai-training-table')), paths.join(' '));
    } finally {
      await session.close();
    }
  });

  it(
    'renders <ai-training-table> through its old entry, an alias of the one entry',
    TIMEOUT,
    async () => {
      const session = await visit(
        browser,
        blog,
        blog.page(
          post(
            `${scriptTag('ai-training-table.js')}\n<ai-training-table tools="${records.map((r) => r.id).join(' ')}"></ai-training-table>`,
          ),
        ),
      );
      try {
        const events = await session.events(records.length);
        assert.deepEqual(
          events.map((event) => event.type),
          records.map(() => 'ai-training-verdict-load'),
        );
        const [text] = await session.shadowTexts('ai-training-table');
        for (const record of records) assert.ok(text.includes(collapse(record.name)), text);
        assert.deepEqual(await session.violations(), []);
        assert.deepEqual(session.seen.errors, []);
      } finally {
        await session.close();
      }
    },
  );
});
