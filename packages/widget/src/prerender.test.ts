// The one pre-render (src/prerender.ts) runs in Node for the build's static/prerendered/ and in a
// browser for the docs site's embed generator: both must give the reader the same card.
import { getTool, READER_LOCALES } from '@ai-training-verdict/sdk';
import { localeModules } from '@ai-training-verdict/sdk/record';
import { expect } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import {
  catalogIds,
  daysAfter,
  FIXTURE_TODAY,
  fixToday,
  fixtureRelease,
  fixtureTool,
  setToday,
  settle,
} from './internal/testing.test-helpers.js';
import './ai-training-table/ai-training-table.js';
import { samePrerendered } from './internal/prerendered.js';
import { prerenderCard, prerenderTable } from './prerender.js';

// Staleness depends on the day; each test fixes it (FIXTURE_TODAY, or the day a file was drawn for).
fixToday();

/** The element the markup's declarative shadow root attaches to, in this page. */
function attach(markup: string): ShadowRoot {
  const host = document.createElement('div');
  // setHTMLUnsafe parses declarative shadow roots, as the browser does for a page's HTML.
  host.setHTMLUnsafe(`<div>${markup}</div>`);
  const root = host.firstElementChild!.shadowRoot;
  expect(root, 'a declarative shadow root').to.not.equal(null);
  return root!;
}

describe('prerenderCard', () => {
  // Lit's server renderer, loaded with this module, replaces LitElement's render root with one that
  // adopts no styles; a page that pre-renders in the browser (the embed generator) lost them all.
  it("leaves the page's own Lit elements their styles", async () => {
    class Styled extends LitElement {
      static override styles = css`
        :host {
          display: block;
          color: rgb(1, 2, 3);
        }
      `;
      override render() {
        return html`styled`;
      }
    }
    customElements.define('prerender-test-styled', Styled);
    const el = document.createElement('prerender-test-styled') as Styled;
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    el.remove();
  });

  // One test per record and language: each a fetch and a render, well within a test's time.
  for (const id of catalogIds()) {
    for (const lang of READER_LOCALES) {
      it(`gives in a browser the HTML the build wrote in Node (${id}, ${lang})`, async () => {
        const suffix = lang === 'en' ? '' : `.${lang}`;
        const url = new URL(`../static/prerendered/${id}${suffix}.html`, import.meta.url);
        const response = await fetch(url);
        expect(response.ok, `${url} is built`).to.equal(true);
        const built = (await response.text()).trim();
        const record = await getTool(id);
        // The build drew the file on its own day: out of date or not, as the file says. Today is
        // set to match (a year after what its staleness counts from, or that day itself), so the
        // test never depends on the day it runs.
        const dated = record.evidenceSeen ?? record.lastVerified ?? FIXTURE_TODAY;
        setToday(built.includes('part="stale"') ? daysAfter(dated, 365) : dated);
        expect(await prerenderCard(record, { lang })).to.equal(built);
      });
    }
  }

  it('draws the choices a snippet makes: sections, tier and heading level', async () => {
    const record = await fixtureTool('scribble-pad');
    const tier = record.tiers[0]!;
    const root = attach(
      await prerenderCard(record, { sections: 'answer faq', tier: tier.id, headingLevel: '2' }),
    );
    expect(root.querySelector('[part~="answer"]'), 'the answer').to.not.equal(null);
    expect(root.querySelector('[part~="faq"]'), 'the FAQ').to.not.equal(null);
    expect(root.querySelector('[part~="table"]'), 'no table: not asked for').to.equal(null);
    expect(root.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
    const plain = attach(await prerenderCard(record));
    expect(plain.querySelector('[part~="table"]'), 'the default sections').to.not.equal(null);
    expect(plain.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('3');
  });

  // `<?>` (lit-html's placeholder after a template's last binding) is an error for an HTML
  // validator; record text that looks like it stays text.
  it('is HTML without processing instructions, and record text that looks like one stays', async () => {
    const base = await fixtureTool('scribble-pad');
    // An archived copy with the day the archive last had the quote: the template of that line
    // ends with a binding, where lit-html puts its `<?>`.
    const [first, ...rest] = base.sources;
    const archived = {
      ...first!,
      confirmation: { method: 'archived-copy', date: '2026-03-02' },
      archived: {
        archive: 'open-terms-archive',
        repository: 'example/terms-versions',
        commit: 'a'.repeat(40),
        path: 'Scribble Pad/Terms of Service.md',
        captured: '2026-02-01',
        lastSeen: '2026-03-01',
        declaredUrls: [first!.url],
        permalink: `https://github.com/example/terms-versions/blob/${'a'.repeat(40)}/x.md`,
      },
    } as unknown as (typeof base.sources)[number];
    const record = { ...base, name: 'Pad <?> 2', sources: [archived, ...rest] };
    const markup = await prerenderCard(record);
    expect(markup, 'the archived copy is drawn').to.contain('2026-03-01');
    expect(markup.includes('<?'), 'a processing instruction in the markup').to.equal(false);
    expect(attach(markup).querySelector('[part~="title"]')?.textContent).to.equal(record.name);
  });

  // A page falls back to English when a language fails to load; a build must not label that German.
  it('refuses to draw a language whose words could not be loaded, rather than drawing English', async () => {
    const modules = localeModules as Record<string, () => Promise<unknown>>;
    const de = modules['de']!;
    modules['de'] = () => Promise.reject(new Error('offline'));
    try {
      const record = await fixtureTool('scribble-pad');
      let error: unknown;
      await prerenderCard(record, { lang: 'de' }).catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('the words of "de" could not be loaded');
    } finally {
      modules['de'] = de;
    }
  });

  it('speaks the language asked for, and shows record strings as text', async () => {
    const record = { ...(await fixtureTool('scribble-pad')), name: '<img src=x onerror=alert(1)>' };
    const root = attach(await prerenderCard(record, { lang: 'de-AT' }));
    expect(root.querySelector('article')?.getAttribute('lang')).to.equal('de');
    expect(root.querySelector('img'), 'no element from record text').to.equal(null);
    expect(root.querySelector('[part~="title"]')?.textContent).to.equal(record.name);
    expect(root.querySelector('style')?.textContent).to.contain(':host');
  });
});

describe('prerenderTable', () => {
  const ids = ['quill-chat', 'scribble-pad', 'lumen-notes'];

  for (const lang of ['en', 'de']) {
    it(`draws what <ai-training-table> shows for the same records, in the same order (${lang})`, async () => {
      const { el } = await settle(
        html`<div lang=${lang}>
          <ai-training-table
            tools=${ids.join(' ')}
            src=${fixtureRelease('valid')}
          ></ai-training-table>
        </div>`,
        'ai-training-table',
      );
      const records = await Promise.all(ids.map((id) => fixtureTool(id)));
      const root = attach(await prerenderTable(records, { lang }));
      expect(root.querySelectorAll('tbody tr').length).to.equal(ids.length);
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(ids.length);
      // The element's own test of "the same card" (comments, styles and white space aside).
      expect(samePrerendered(root.childNodes, el.shadowRoot!)).to.equal(true);
      expect(root.querySelector('style')?.textContent, "the table's styles").to.contain('caption');
    });
  }

  it('shows record strings as text', async () => {
    const record = {
      ...(await fixtureTool('scribble-pad')),
      vendor: '<img src=x onerror=alert(1)>',
    };
    const root = attach(await prerenderTable([record]));
    expect(root.querySelector('img'), 'no element from record text').to.equal(null);
    expect(root.querySelector('tbody th')?.textContent).to.contain(record.vendor);
  });
});
