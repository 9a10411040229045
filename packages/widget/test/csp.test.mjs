// The CDN build on strict pages (issue 23): a Content-Security-Policy that allows the entry only by
// its integrity hash, with and without 'strict-dynamic', and Trusted Types, with and without `lit-html`
// in the page's allowlist. Every policy the README and the embed guide give renders every card; every
// other one leaves each card's fallback link on screen, and the console says once what to add to
// which directive (never one error per card and chunk).
//
// Runs cdn/ (built by `pnpm build`) in Chromium from the local blog of test/lib/blog.mjs, each page
// sent with the policy under test. The cards show the real records the build bundles: the first
// three of the dataset, whatever they are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, post, startBlog, visit } from './lib/blog.mjs';
import { cdnDir, dataset, ENTRY, readCdn, requireBuild } from './lib/cdn-files.mjs';

const TIMEOUT = { timeout: 120000 };

/** Text as a reader gets it: whitespace collapsed, trimmed. */
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

describe('cdn/ai-training-verdict.js on a page with a strict policy', () => {
  let blog;
  let browser;
  let records; // the dataset's first three records (or fewer, repeated)
  let hash; // the entry's integrity, `sha384-…`: what a hash-only policy allows

  before(async () => {
    requireBuild();
    const all = Object.values(dataset().tools);
    records = [0, 1, 2].map((i) => all[i % all.length]);
    hash = JSON.parse(readCdn('integrity.json')).integrity[ENTRY];
    blog = await startBlog({ mounts: { '/cdn/': cdnDir } });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await blog?.close();
  });

  const scriptTag = () =>
    `<script type="module" src="/cdn/${ENTRY}" integrity="${hash}" crossorigin="anonymous"></script>`;
  /** A card with its fallback link, as the embed snippet has it. */
  const card = (record, extra = '') =>
    `<ai-training-verdict tool="${record.id}"${extra}><a href="https://example.com/${record.id}">Read the terms of ${record.id}</a></ai-training-verdict>`;
  const cards = () => [scriptTag(), ...records.map((record) => card(record))].join('\n');

  /** Opens a page with `body` sent under the policy `csp`. */
  const open = (body, csp, options) =>
    visit(browser, blog, blog.page(post(body, options), { csp }));

  /** Asserts that each card shows its record: name and short answer, and no fallback link. */
  async function assertCards(session) {
    const events = await session.events(records.length);
    // In the order the records arrive.
    assert.deepEqual(
      events.map((event) => [event.type, event.recordId]).sort(),
      records.map((record) => ['ai-training-verdict-load', record.id]).sort(),
    );
    const texts = await session.shadowTexts('ai-training-verdict');
    for (const [i, record] of records.entries()) {
      assert.ok(texts[i].includes(collapse(record.name)), `the card names ${record.id}`);
      assert.ok(texts[i].includes(collapse(record.headline.shortAnswer)), `${record.id}: answer`);
    }
    for (const link of await session.page.locator('ai-training-verdict > a').all()) {
      assert.equal(await link.isVisible(), false, 'no fallback link beside a card');
    }
  }

  /** Asserts that every card's fallback link is on screen, as a reader sees it. */
  async function assertFallbacks(session) {
    const main = await session.page.locator('main').innerText();
    for (const record of records) {
      const link = session.page.locator(`ai-training-verdict[tool="${record.id}"] > a`).first();
      assert.ok(await link.isVisible(), `the fallback link of ${record.id} is visible`);
      assert.ok(main.includes(`Read the terms of ${record.id}`), main);
    }
  }

  /**
   * Waits until the console holds a message of the widget (it names the element), then gives the
   * page a moment to add any other, and returns the widget's messages.
   */
  async function widgetMessages(session) {
    const ours = () => session.seen.console.filter((m) => m.text.includes('ai-training-verdict'));
    for (let i = 0; i < 100 && ours().length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return ours();
  }

  const NONCE = 'bm90LWEtcmVhbC1ub25jZQ';

  it('renders every card under each policy the docs give', TIMEOUT, async () => {
    const cdn = `${blog.origin}/cdn/`;
    const pages = [
      // The entry's hash, and the directory its chunks come from.
      [`default-src 'self'; script-src '${hash}' ${cdn}`, cards()],
      // A nonce with 'strict-dynamic': the nonce passes to what the entry imports.
      [
        `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`,
        cards().replace('<script ', `<script nonce="${NONCE}" `),
      ],
      [`default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`, cards()],
      // With no trusted-types directive, any policy name is allowed.
      [`default-src 'self'; require-trusted-types-for 'script'`, cards()],
      // No style-src at all (default-src 'none'): the card's style sheets are constructed ones.
      [`default-src 'none'; script-src ${cdn}`, cards()],
      // The entry by its hash, with 'strict-dynamic' and Trusted Types.
      [
        `script-src '${hash}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; ` +
          `require-trusted-types-for 'script'; trusted-types lit-html`,
        cards(),
      ],
      // All of it at once.
      [
        `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; ` +
          `require-trusted-types-for 'script'; trusted-types lit-html`,
        cards().replace('<script ', `<script nonce="${NONCE}" `),
      ],
    ];
    for (const [csp, body] of pages) {
      const session = await open(body, csp);
      try {
        await assertCards(session);
        // Styled: each card has the border its style sheet gives it.
        const borders = await session.page.$$eval('ai-training-verdict', (elements) =>
          elements.map((el) => {
            const card = el.shadowRoot?.querySelector('.card');
            return card ? getComputedStyle(card).borderTopStyle : 'no card';
          }),
        );
        assert.deepEqual(
          borders,
          records.map(() => 'solid'),
          csp,
        );
        assert.deepEqual(session.seen.console, [], csp);
        assert.deepEqual(session.seen.errors, [], csp);
        assert.deepEqual(await session.violations(), [], csp);
      } finally {
        await session.close();
      }
    }
  });

  it(
    "renders every card, badge, section, table and language under script-src '<hash>' 'strict-dynamic'",
    TIMEOUT,
    async () => {
      const csp = `script-src '${hash}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
      // A German page: the locale, the optional sections, the compact badge and the table are each
      // a chunk the entry loads on demand.
      const body = [
        cards(),
        card(records[0], ' sections="all"'),
        `<p>In a sentence: ${card(records[1], ' compact')}.</p>`,
        `<ai-training-table tools="${records.map((r) => r.id).join(' ')}"></ai-training-table>`,
      ].join('\n');
      const session = await open(body, csp, { lang: 'de' });
      try {
        // Three cards, the one with every section, the badge, and one event per tool of the table.
        const events = await session.events(5 + records.length);
        assert.deepEqual(
          events.filter((event) => event.type !== 'ai-training-verdict-load'),
          [],
        );
        const texts = await session.shadowTexts('ai-training-verdict');
        for (const [i, record] of records.entries()) {
          assert.ok(texts[i].includes(collapse(record.headline.shortAnswer)), `${record.id}`);
        }
        assert.ok(texts[0].includes('Quellen'), `the card is in German: ${texts[0]}`);
        assert.ok(texts[3].length > texts[0].length, 'the card with every section is longer');
        assert.ok(texts[4].startsWith(collapse(records[1].name)), `the badge: ${texts[4]}`);
        const [table] = await session.shadowTexts('ai-training-table');
        for (const record of records) assert.ok(table.includes(collapse(record.name)), table);
        assert.deepEqual(session.seen.console, []);
        assert.deepEqual(session.seen.errors, []);
        assert.deepEqual(await session.violations(), []);
        // The page's head is as the page wrote it: nothing the loading added stays behind.
        assert.equal(await session.page.locator('head link').count(), 0);
      } finally {
        await session.close();
      }
    },
  );

  it(
    "shows each card's fallback link under script-src '<hash>' alone, and says once what to add",
    TIMEOUT,
    async () => {
      // 'self' elsewhere does not help: script-src names the entry's hash and nothing else.
      const csp = `default-src 'self'; script-src '${hash}'`;
      const session = await open(cards(), csp);
      try {
        const events = await session.events(records.length);
        assert.deepEqual(
          events.map((event) => [event.type, event.tool, event.reason]).sort(),
          records.map((record) => ['ai-training-verdict-error', record.id, 'load-failed']).sort(),
        );
        await assertFallbacks(session);
        const ours = await widgetMessages(session);
        assert.equal(ours.length, 1, JSON.stringify(session.seen.console));
        // It names the directive and the source to add to it: the directory the entry came from.
        assert.match(ours[0].text, /\bscript-src\b/);
        assert.ok(ours[0].text.includes(`${blog.origin}/cdn/`), ours[0].text);
        // Besides it, only the browser's own report of the one refused chunk: the entry requests
        // nothing after that (before issue 23: one report for each card's record, catalog and
        // failure chunk).
        assert.equal(session.seen.console.length, 2, JSON.stringify(session.seen.console));
        assert.equal((await session.violations()).length, 1);
        assert.deepEqual(session.seen.errors, []);
      } finally {
        await session.close();
      }
    },
  );

  it(
    'shows the fallback links under Trusted Types without lit-html, and says once what to add',
    TIMEOUT,
    async () => {
      const policies = [
        `default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'`,
        `default-src 'self'; require-trusted-types-for 'script'; trusted-types default`,
      ];
      for (const csp of policies) {
        const session = await open(cards(), csp);
        try {
          await assertFallbacks(session);
          const ours = await widgetMessages(session);
          assert.equal(ours.length, 1, `${csp}: ${JSON.stringify(session.seen.console)}`);
          assert.match(ours[0].text, /\btrusted-types\b/);
          assert.match(ours[0].text, /\blit-html\b/);
          // Besides it, only the browser's report of the refused policy; no uncaught error.
          assert.equal(session.seen.console.length, 2, JSON.stringify(session.seen.console));
          assert.deepEqual(session.seen.errors, [], csp);
          assert.equal((await session.violations()).length, 1, csp);
        } finally {
          await session.close();
        }
      }
    },
  );
});
