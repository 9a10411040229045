import { getTool, isStale, labels, type ToolRecord } from '@ai-training-verdict/sdk';
import { tierEvidenceBasis } from '@ai-training-verdict/data/vocabulary';
import { expect, fixture, html } from '@open-wc/testing';
import type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';
import {
  all,
  captureWarnings,
  catalogIds,
  daysAfter,
  fixToday,
  fixtureRelease,
  fixtureTool,
  nextFrame,
  part,
  pending,
  setToday,
  settle,
  stubbed,
  text,
  visibleText,
  type Template,
} from '../internal/testing.test-helpers.js';
import { AiTrainingTable } from './ai-training-table.js';

// Behaviour is shown on the fictional tools of the fixture release (see fixtureRelease), read
// through `src`; the real, bundled records are checked at the end, each against what must hold
// for every record. Today is fixed (FIXTURE_TODAY) for every test: staleness depends on it.
fixToday();

/** The fixture release every behaviour test reads. */
const SRC = fixtureRelease('valid');

const FALLBACK = 'Our comparison of AI tools';
const fallback = html`<a href="https://example.com/compare">${FALLBACK}</a>`;

/** Renders a table (the first `ai-training-table` in `template`) and waits for its first event. */
const table = (template: Template) => settle<AiTrainingTable>(template, 'ai-training-table');

/** The body rows as the cells' text. */
const rows = (el: Element) =>
  all<HTMLTableRowElement>(el, 'tbody tr').map((row) => [...row.cells].map((cell) => text(cell)));

describe('<ai-training-table>', () => {
  it('is defined', () => {
    const el = document.createElement('ai-training-table');
    expect(customElements.get('ai-training-table')).to.equal(AiTrainingTable);
    expect(el).to.be.an.instanceOf(AiTrainingTable);
  });

  describe('when tools="scribble-pad quill-chat lumen-notes"', () => {
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;

    beforeEach(async () => {
      ({ el, events } = await table(
        html`<div style="width: 800px">
          <ai-training-table tools="scribble-pad quill-chat lumen-notes" src=${SRC}
            >${fallback}</ai-training-table
          >
        </div>`,
      ));
    });

    it('should show a table with a caption and column headers', () => {
      expect(text(part(el, 'caption'))).to.equal('Which AI tools train on your data?');
      expect(all(el, 'thead th[scope="col"]').map(text)).to.deep.equal([
        'Tool',
        'Training',
        'Opt-out',
        'ZDR / DPA',
        'Evidence',
        'Last verified',
      ]);
      expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
    });

    it('should give each tool a row: name and vendor, verdict, opt-out, ZDR / DPA, evidence, verification', () => {
      expect(all(el, 'tbody th[scope="row"]').map(text)).to.deep.equal([
        'Scribble Pad Scribble Labs',
        'Quill Chat Quillworks',
        'Lumen Notes Lumen Systems',
      ]);
      // Today is 2026-03-15: 13 days after scribble-pad was verified, 299 after lumen-notes was.
      expect(rows(el).map((cells) => cells.slice(1))).to.deep.equal([
        [
          'Trains by default',
          'Opt-out available',
          'ZDR / DPA on enterprise',
          "Vendor's own text for 2 of 2 tiers",
          'March 2, 2026',
        ],
        [
          'Depends on your plan',
          'Opt-out available',
          'ZDR / DPA on enterprise',
          "Vendor's own text for 0 of 3 tiers",
          'Not verified yet (may be out of date)',
        ],
        [
          'Terms permit use; training unclear',
          'Opt-out not known',
          'ZDR / DPA not known',
          "Vendor's own text for 0 of 1 tiers",
          'May 20, 2025 (may be out of date)',
        ],
      ]);
      expect(part(el, 'tbody time').getAttribute('datetime')).to.equal('2026-03-02');
    });

    it('should show each verdict as words beside a hidden icon', () => {
      for (const verdict of all(el, '[part="verdict"]')) {
        expect(verdict.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(verdict)).not.to.equal('');
      }
    });

    it('should mark record text as English', () => {
      for (const name of all(el, 'tbody th .name')) expect(name.lang).to.equal('en');
      expect(part(el, '[part="base"]').lang).to.equal('en');
    });

    it('should fire one bubbling, composed ai-training-verdict-load per tool', () => {
      expect(events.map((event) => [event.type, event.detail.tool])).to.deep.equal([
        ['ai-training-verdict-load', 'scribble-pad'],
        ['ai-training-verdict-load', 'quill-chat'],
        ['ai-training-verdict-load', 'lumen-notes'],
      ]);
      expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
      expect((events[1] as AiTrainingVerdictLoadEvent).detail.record.vendor).to.equal('Quillworks');
    });

    it('should hide the fallback content', () => {
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('as days pass after the last verification', () => {
    // scribble-pad was last verified on 2026-03-02; the SDK's rule is "more than 180 days".
    for (const [days, expected] of [
      [180, 'March 2, 2026'],
      [181, 'March 2, 2026 (may be out of date)'],
    ] as const) {
      it(`should say "${expected}" ${days} days after it`, async () => {
        setToday(daysAfter('2026-03-02', days));
        const { el } = await table(
          html`<ai-training-table tools="scribble-pad" src=${SRC}></ai-training-table>`,
        );
        expect(rows(el)[0]!.at(-1)).to.equal(expected);
      });
    }
  });

  describe('when an id is unknown', () => {
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;
    let warnings: string[];

    beforeEach(async () => {
      const captured = await captureWarnings(() =>
        table(
          html`<ai-training-table
            tools="scribble-pad, scribblepad, nothing-like-it"
            src=${SRC}
          ></ai-training-table>`,
        ),
      );
      ({ el, events } = captured.result);
      warnings = captured.warnings;
    });

    it('should show the tools it knows and list the others plainly', () => {
      expect(all(el, 'tbody th .name').map(text)).to.deep.equal(['Scribble Pad']);
      expect(text(part(el, '[part="missing"]'))).to.equal(
        'No verdict for scribblepad or nothing-like-it.',
      );
    });

    it('should warn the author and fire ai-training-verdict-error for each unknown id', () => {
      expect(warnings).to.deep.equal([
        '<ai-training-table>: there is no record for the tool "scribblepad". Did you mean scribble-pad?',
        '<ai-training-table>: there is no record for the tool "nothing-like-it".',
      ]);
      const errors = events.filter(
        (event): event is AiTrainingVerdictErrorEvent => event.type === 'ai-training-verdict-error',
      );
      expect(errors.map((event) => [event.detail.tool, event.detail.reason])).to.deep.equal([
        ['scribblepad', 'unknown-tool'],
        ['nothing-like-it', 'unknown-tool'],
      ]);
      expect(errors[0]!.detail.suggestions).to.deep.equal(['scribble-pad']);
      expect(errors[1]!.detail.suggestions).to.deep.equal([]);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when ids repeat or were renamed', () => {
    it('should show each tool once, and say which id was renamed', async () => {
      const { el, events } = await table(
        html`<ai-training-table
          tools="scrawl Scribble-Pad scribble-pad quill-chat"
          src=${SRC}
        ></ai-training-table>`,
      );
      expect(all(el, 'tbody th .name').map(text)).to.deep.equal(['Scribble Pad', 'Quill Chat']);
      const first = events[0] as AiTrainingVerdictLoadEvent;
      expect([first.detail.tool, first.detail.record.id, first.detail.renamedFrom]).to.deep.equal([
        'scrawl',
        'scribble-pad',
        'scrawl',
      ]);
      expect(events.map((event) => event.detail.tool)).to.deep.equal(['scrawl', 'quill-chat']);
      await expect(el).to.be.accessible();
    });
  });

  describe('while the records are loading', () => {
    it('should show the fallback content in a reserved box marked busy', async () => {
      const tag = stubbed(AiTrainingTable, pending);
      const el = await fixture<AiTrainingTable>(
        html`<${tag} tools="scribble-pad quill-chat">${fallback}</${tag}>`,
      );
      const base = part(el, '[part="base"]');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(visibleText(el)).to.equal(FALLBACK);
      expect(base.getBoundingClientRect().height).to.be.at.least(
        20 * parseFloat(getComputedStyle(base).fontSize) - 1,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('when the data fails to load', () => {
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;

    beforeEach(async () => {
      const captured = await captureWarnings(() =>
        table(
          html`<ai-training-table tools="scribble-pad quill-chat" src=${fixtureRelease('invalid')}
            >${fallback}</ai-training-table
          >`,
        ),
      );
      ({ el, events } = captured.result);
    });

    it('should say so, show the fallback content and no record text', () => {
      expect(text(part(el, '[part="message"]'))).to.equal(
        'The comparison of AI tools could not be loaded.',
      );
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(text(el.shadowRoot)).not.to.contain('Scribble');
      expect(text(el.shadowRoot)).not.to.contain('UNVALIDATED');
    });

    it('should fire ai-training-verdict-error with reason load-failed for each tool', () => {
      expect(
        events.map((event) => [
          event.type,
          event.detail.tool,
          'reason' in event.detail && event.detail.reason,
        ]),
      ).to.deep.equal([
        ['ai-training-verdict-error', 'scribble-pad', 'load-failed'],
        ['ai-training-verdict-error', 'quill-chat', 'load-failed'],
      ]);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  /** The table of the three fixture tools in a column `width` px wide, laid out. */
  const inColumn = async (width: number) => {
    const { el } = await table(
      html`<div style="width: ${width}px">
        <ai-training-table
          tools="scribble-pad quill-chat lumen-notes"
          src=${SRC}
        ></ai-training-table>
      </div>`,
    );
    await nextFrame();
    return el;
  };

  describe("when the column is a blog's (640 px)", () => {
    it('should stay a table and break no word across lines', async () => {
      const el = await inColumn(640);
      expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
      const split: string[] = [];
      for (const cell of all(el, 'tbody td, tbody th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            // A word on two lines has two boxes.
            if (range.getClientRects().length > 1) split.push(match[0]);
          }
        }
      }
      expect(split).to.deep.equal([]);
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  });

  describe('when the column is narrow (280 px)', () => {
    let el: AiTrainingTable;

    beforeEach(async () => {
      el = await inColumn(280);
    });

    it('should stack each tool without horizontal overflow', () => {
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const [name, verdict] = [...all<HTMLTableRowElement>(el, 'tbody tr')[0]!.cells];
      expect(verdict!.getBoundingClientRect().top).to.be.above(name!.getBoundingClientRect().top);
    });

    it('should keep its table semantics and name each value', () => {
      expect(part(el, 'table').getAttribute('role')).to.equal('table');
      expect(all(el, '[role="columnheader"]').map(text)).to.deep.equal([
        'Tool',
        'Training',
        'Opt-out',
        'ZDR / DPA',
        'Evidence',
        'Last verified',
      ]);
      expect(all(el, 'tbody [role="rowheader"]')).to.have.length(3);
      const training = part(el, 'tbody td[data-label]');
      expect(getComputedStyle(training, '::before').content).to.contain('Training');
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the page’s own CSS is hostile', () => {
    let style: HTMLStyleElement;

    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = `
        * { line-height: 3 !important; box-sizing: content-box; margin: 20px; }
        table, tr, td, th { display: block; }
        html { font-size: 40px; }
        body { direction: rtl; }
      `;
      document.head.append(style);
    });

    afterEach(() => style.remove());

    // With 40 px text the table stacks below 36em = 1440 px (the breakpoint follows the text size).
    it('should stay a real, left-to-right table in a wide column', async () => {
      const { el } = await table(
        html`<div style="width: 2000px">
          <ai-training-table tools="scribble-pad quill-chat" src=${SRC}></ai-training-table>
        </div>`,
      );
      expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
      expect(getComputedStyle(part(el, 'tbody td')).display).to.equal('table-cell');
      expect(getComputedStyle(part(el, '[part="base"]')).direction).to.equal('ltr');
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  });

  describe('when theme is set', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`should force the ${theme} scheme and stay accessible (theme="${theme}")`, async () => {
        const { el } = await table(
          html`<ai-training-table
            tools="scribble-pad quill-chat lumen-notes"
            theme=${theme}
            src=${SRC}
          ></ai-training-table>`,
        );
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when lang is "de"', () => {
    it('should show the interface in German and keep record text English', async () => {
      const { el } = await table(
        html`<div lang="de">
          <ai-training-table tools="scribble-pad lumen-notes" src=${SRC}></ai-training-table>
        </div>`,
      );
      expect(part(el, '[part="base"]').lang).to.equal('de');
      expect(text(part(el, 'caption'))).to.equal('Welche KI-Tools trainieren mit Ihren Daten?');
      expect(all(el, 'thead th').map(text)).to.deep.equal([
        'Tool',
        'Training',
        'Opt-out',
        'ZDR / AVV',
        'Belege',
        'Zuletzt geprüft',
      ]);
      expect(rows(el).map((cells) => cells.slice(1))).to.deep.equal([
        [
          'Trainiert standardmäßig',
          'Opt-out möglich',
          'ZDR / AVV für Enterprise-Kunden',
          'Anbietertext für 2 von 2 Stufen',
          '2. März 2026',
        ],
        [
          'Bedingungen erlauben Nutzung; Training unklar',
          'Opt-out nicht bekannt',
          'ZDR / AVV nicht bekannt',
          'Anbietertext für 0 von 1 Stufen',
          '20. Mai 2025 (möglicherweise veraltet)',
        ],
      ]);
      expect(part(el, 'tbody th .name').lang).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('when record text contains markup', () => {
    it('should show the characters as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const record: ToolRecord = {
        ...(await fixtureTool('scribble-pad')),
        name: evil,
        vendor: evil,
      };
      const tag = stubbed(AiTrainingTable, () => Promise.resolve({ record }));
      const { el } = await table(html`<${tag} tools="scribble-pad"></${tag}>`);
      expect(text(part(el, 'tbody th .name'))).to.equal(evil);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });
  });

  describe('every record of the bundled data', () => {
    // The real records, loaded as a page without `src` loads them, all in one table. Only what
    // must hold for every record is checked here, so the data can change without a test changing.
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;

    beforeEach(async () => {
      ({ el, events } = await table(
        html`<ai-training-table tools=${catalogIds().join(' ')}></ai-training-table>`,
      ));
    });

    it('should give every tool one row: its name, vendor and labels', async () => {
      const { headlineVerdict, optOut, zdrDpa } = labels.en;
      const records = await Promise.all(catalogIds().map((id) => getTool(id)));
      expect(all(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(
        records.map((record) => text(new Text(`${record.name} ${record.vendor}`))),
      );
      expect(rows(el).map((cells) => cells.slice(1, 4))).to.deep.equal(
        records.map((record) => [
          headlineVerdict[record.headline.verdict],
          optOut[record.optOut?.availability ?? 'unknown'],
          zdrDpa[record.dataHandling?.zdrDpa ?? 'unknown'],
        ]),
      );
      // "may be out of date" follows the SDK's rule on the (fixed) day the test reads the table.
      // How many tiers rest on the vendor's own text, by the data package's one rule.
      expect(rows(el).map((cells) => cells[4])).to.deep.equal(
        records.map(
          (record) =>
            `Vendor's own text for ${record.tiers.filter((tier) => tierEvidenceBasis(record, tier) === 'vendor').length} of ${record.tiers.length} tiers`,
        ),
      );
      expect(rows(el).map((cells) => cells[5]!.endsWith('(may be out of date)'))).to.deep.equal(
        records.map((record) => isStale(record)),
      );
      expect(el.shadowRoot!.querySelector('[part="missing"]')).to.equal(null);
    });

    it('should fire one load event per tool, and no error', () => {
      expect(events.map((event) => [event.type, event.detail.tool])).to.deep.equal(
        catalogIds().map((id) => ['ai-training-verdict-load', id]),
      );
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the element is registered twice', () => {
    it('should warn and not throw when a second copy loads', async () => {
      const copy = new URL('./ai-training-table.ts?copy=2', import.meta.url).href;
      const { warnings } = await captureWarnings(() => import(copy), 1);
      expect(warnings).to.deep.equal([
        `<ai-training-table> is already registered (version ${AiTrainingTable.version}), so ` +
          `this copy (version ${AiTrainingTable.version}) was not registered and the first one ` +
          'stays in use. The page loads the element twice: remove one of the script tags or imports.',
      ]);
      expect(customElements.get('ai-training-table')).to.equal(AiTrainingTable);
    });
  });
});
