import { getTool, isStale, type ToolRecord } from '@ai-training-verdict/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';
import {
  all,
  captureWarnings,
  fixtureRelease,
  nextFrame,
  part,
  pending,
  settle,
  stubbed,
  text,
  visibleText,
  type Template,
} from '../internal/testing.test-helpers.js';
import { AiTrainingTable } from './ai-training-table.js';

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

  describe('when tools="jasper claude ai21"', () => {
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;

    beforeEach(async () => {
      ({ el, events } = await table(
        html`<div style="width: 800px">
          <ai-training-table tools="jasper claude ai21">${fallback}</ai-training-table>
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
        'Last verified',
      ]);
      expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
    });

    it('should give each tool a row: name and vendor, verdict, opt-out, ZDR / DPA, verification', async () => {
      // Jasper was verified on 2026-06-01: the SDK's isStale says whether that is too long ago.
      const jasperStale = isStale(await getTool('jasper')) ? ' (may be out of date)' : '';
      expect(all(el, 'tbody th[scope="row"]').map(text)).to.deep.equal([
        'Jasper Jasper',
        'Claude Anthropic',
        'AI21 Labs AI21 Labs',
      ]);
      expect(rows(el).map((cells) => cells.slice(1))).to.deep.equal([
        [
          'Trains by default',
          'Opt-out available',
          'ZDR / DPA on enterprise',
          `June 1, 2026${jasperStale}`,
        ],
        [
          'Depends on your plan',
          'Opt-out available',
          'ZDR / DPA on enterprise',
          'Not verified yet (may be out of date)',
        ],
        [
          'Terms permit use; training unclear',
          'Opt-out not known',
          'ZDR / DPA not known',
          'Not verified yet (may be out of date)',
        ],
      ]);
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
        ['ai-training-verdict-load', 'jasper'],
        ['ai-training-verdict-load', 'claude'],
        ['ai-training-verdict-load', 'ai21'],
      ]);
      expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
      expect((events[1] as AiTrainingVerdictLoadEvent).detail.record.vendor).to.equal('Anthropic');
    });

    it('should hide the fallback content', () => {
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when an id is unknown', () => {
    let el: AiTrainingTable;
    let events: Array<AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent>;
    let warnings: string[];

    beforeEach(async () => {
      const captured = await captureWarnings(() =>
        table(
          html`<ai-training-table tools="jasper, jsaper, nothing-like-it"></ai-training-table>`,
        ),
      );
      ({ el, events } = captured.result);
      warnings = captured.warnings;
    });

    it('should show the tools it knows and list the others plainly', () => {
      expect(all(el, 'tbody th .name').map(text)).to.deep.equal(['Jasper']);
      expect(text(part(el, '[part="missing"]'))).to.equal(
        'No verdict for jsaper or nothing-like-it.',
      );
    });

    it('should warn the author and fire ai-training-verdict-error for each unknown id', () => {
      expect(warnings).to.deep.equal([
        '<ai-training-table>: there is no record for the tool "jsaper". Did you mean jasper?',
        '<ai-training-table>: there is no record for the tool "nothing-like-it".',
      ]);
      const errors = events.filter(
        (event): event is AiTrainingVerdictErrorEvent => event.type === 'ai-training-verdict-error',
      );
      expect(errors.map((event) => [event.detail.tool, event.detail.reason])).to.deep.equal([
        ['jsaper', 'unknown-tool'],
        ['nothing-like-it', 'unknown-tool'],
      ]);
      expect(errors[0]!.detail.suggestions).to.deep.equal(['jasper']);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when ids repeat or were renamed', () => {
    it('should show each tool once, and say which id was renamed', async () => {
      const { el, events } = await table(
        html`<ai-training-table
          tools="jarvis Jasper jasper claude"
          src=${fixtureRelease('valid')}
        ></ai-training-table>`,
      );
      expect(all(el, 'tbody th .name').map(text)).to.deep.equal(['Jasper', 'Claude']);
      const first = events[0] as AiTrainingVerdictLoadEvent;
      expect([first.detail.tool, first.detail.record.id, first.detail.renamedFrom]).to.deep.equal([
        'jarvis',
        'jasper',
        'jarvis',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('while the records are loading', () => {
    it('should show the fallback content in a reserved box marked busy', async () => {
      const tag = stubbed(AiTrainingTable, pending);
      const el = await fixture<AiTrainingTable>(
        html`<${tag} tools="jasper claude">${fallback}</${tag}>`,
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
          html`<ai-training-table tools="jasper claude" src=${fixtureRelease('invalid')}
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
    });

    it('should fire ai-training-verdict-error with reason load-failed for each tool', () => {
      expect(
        events.map((event) => [
          event.type,
          event.detail.tool,
          'reason' in event.detail && event.detail.reason,
        ]),
      ).to.deep.equal([
        ['ai-training-verdict-error', 'jasper', 'load-failed'],
        ['ai-training-verdict-error', 'claude', 'load-failed'],
      ]);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the column is narrow (280 px)', () => {
    let el: AiTrainingTable;

    beforeEach(async () => {
      ({ el } = await table(
        html`<div style="width: 280px">
          <ai-training-table tools="jasper claude ai21"></ai-training-table>
        </div>`,
      ));
      await nextFrame();
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
          <ai-training-table tools="jasper claude"></ai-training-table>
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
          html`<ai-training-table tools="jasper claude ai21" theme=${theme}></ai-training-table>`,
        );
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when lang is "de"', () => {
    it('should show the interface in German and keep record text English', async () => {
      const { el } = await table(
        html`<div lang="de"><ai-training-table tools="jasper claude"></ai-training-table></div>`,
      );
      expect(part(el, '[part="base"]').lang).to.equal('de');
      expect(text(part(el, 'caption'))).to.equal('Welche KI-Tools trainieren mit Ihren Daten?');
      expect(all(el, 'thead th').map(text)).to.deep.equal([
        'Tool',
        'Training',
        'Opt-out',
        'ZDR / AVV',
        'Zuletzt geprüft',
      ]);
      expect(rows(el)[0]!.slice(1)).to.deep.equal([
        'Trainiert standardmäßig',
        'Opt-out möglich',
        'ZDR / AVV für Enterprise-Kunden',
        `1. Juni 2026${isStale(await getTool('jasper')) ? ' (möglicherweise veraltet)' : ''}`,
      ]);
      expect(part(el, 'tbody th .name').lang).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('when record text contains markup', () => {
    it('should show the characters as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const jasper = await getTool('jasper');
      const record: ToolRecord = { ...jasper, name: evil, vendor: evil };
      const tag = stubbed(AiTrainingTable, () => Promise.resolve({ record }));
      const { el } = await table(html`<${tag} tools="jasper"></${tag}>`);
      expect(text(part(el, 'tbody th .name'))).to.equal(evil);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });
  });

  describe('when the element is registered twice', () => {
    it('should warn and not throw when a second copy loads', async () => {
      const copy = new URL('./ai-training-table.ts?copy=2', import.meta.url).href;
      const { warnings } = await captureWarnings(() => import(copy));
      expect(warnings).to.deep.equal([
        `<ai-training-table> is already registered (version ${AiTrainingTable.version}), so ` +
          `this copy (version ${AiTrainingTable.version}) was not registered and the first one ` +
          'stays in use. The page loads the element twice: remove one of the script tags or imports.',
      ]);
      expect(customElements.get('ai-training-table')).to.equal(AiTrainingTable);
    });
  });
});
