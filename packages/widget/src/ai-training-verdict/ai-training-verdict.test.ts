import { getTool, UnknownToolError, type ToolRecord } from '@ai-training-verdict/sdk';
import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';
import { defineElement } from '../internal/define.js';
import { AiTrainingVerdict } from './ai-training-verdict.js';

type Settled = AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent;
type Template = ReturnType<typeof html>;

const FALLBACK = 'Read Jasper’s terms';

/**
 * Renders `template` inside a wrapper that listens for the element's load and error events, and
 * resolves once one arrives: the card (or its message) is then on screen. Listening on an outer
 * element before the card connects also shows that both events bubble out of it.
 */
async function settle(
  template: Template,
): Promise<{ el: AiTrainingVerdict; event: Settled; wrapper: HTMLElement }> {
  let done!: (event: Settled) => void;
  const settled = new Promise<Settled>((resolve) => (done = resolve));
  const wrapper = await fixture<HTMLElement>(
    html`<div @ai-training-verdict-load=${done} @ai-training-verdict-error=${done}>
      ${template}
    </div>`,
  );
  const event = await settled;
  return { el: wrapper.firstElementChild as AiTrainingVerdict, event, wrapper };
}

/** The shadow root's element matching `selector`; fails the test when there is none. */
function part<T extends Element = HTMLElement>(el: AiTrainingVerdict, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  expect(found, `no ${selector} in the shadow root`).not.to.equal(null);
  return found!;
}

function all<T extends Element = HTMLElement>(el: AiTrainingVerdict, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Text as a reader gets it: whitespace collapsed, trimmed. */
const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What is painted: `innerText` leaves out what CSS hides, such as unslotted light-DOM children. */
const visibleText = (node: HTMLElement): string => node.innerText.replace(/\s+/g, ' ').trim();

/** Runs `fn` with console.warn captured, so expected warnings can be asserted and do not spam. */
async function captureWarnings<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

let stubs = 0;

/**
 * Registers a test-only subclass whose records come from `load` instead of the SDK, and returns its
 * tag as a static template value. This is how the tests show states the real data never produces
 * (a pending load, a failing network, hostile record text) without a test hook in the element.
 */
function stubbedElement(load: (tool: string) => Promise<ToolRecord>) {
  const tag = `test-verdict-${++stubs}`;
  customElements.define(
    tag,
    class extends AiTrainingVerdict {
      protected override loadRecord(tool: string): Promise<ToolRecord> {
        return load(tool);
      }
    },
  );
  return unsafeStatic(tag);
}

describe('<ai-training-verdict>', () => {
  it('is defined', () => {
    const el = document.createElement('ai-training-verdict');
    expect(customElements.get('ai-training-verdict')).to.equal(AiTrainingVerdict);
    expect(el).to.be.an.instanceOf(AiTrainingVerdict);
  });

  describe('when the tool is jasper', () => {
    let el: AiTrainingVerdict;
    let event: Settled;

    beforeEach(async () => {
      ({ el, event } = await settle(
        html`<ai-training-verdict tool="jasper"
          ><a href="https://www.jasper.ai/legal/terms">${FALLBACK}</a></ai-training-verdict
        >`,
      ));
    });

    it('should show the name, vendor and category', () => {
      const header = part(el, '[part="header"]');
      expect(text(part(el, 'h3'))).to.equal('Jasper');
      expect(text(header)).to.equal('Jasper by Jasper · AI writing / marketing');
      expect(part(el, 'article').getAttribute('aria-labelledby')).to.equal('title');
    });

    it('should show the headline badge, the short answer and the summary', () => {
      expect(text(part(el, '[part="badge"]'))).to.equal('Trains on your data by default');
      expect(part(el, '[part="badge"] svg').getAttribute('aria-hidden')).to.equal('true');
      expect(text(part(el, '[part="answer"]'))).to.equal(
        'Yes — Jasper trains on your data by default; you have to opt out.',
      );
      expect(text(part(el, '[part="summary"]'))).to.contain(
        'An opt-out is offered to EU/UK users via legal@jasper.ai.',
      );
    });

    it('should show the tiers as a table with a caption and header cells', () => {
      const table = part<HTMLTableElement>(el, 'table[part="table"]');
      expect(text(table.caption)).to.equal('Does Jasper train on your data? By plan or audience');
      expect(all(el, 'thead th[scope="col"]').map(text)).to.deep.equal([
        'Plan or audience',
        'Verdict',
      ]);
      expect(all(el, 'tbody th[scope="row"]').map(text)).to.deep.equal([
        'Standard (Terms of Service default)',
        'EU / UK users',
      ]);
    });

    it('should give each verdict as text beside a hidden icon, never as colour alone', () => {
      const rows = all<HTMLTableRowElement>(el, 'tbody tr');
      const verdictOf = (row: HTMLTableRowElement) => text(row.cells[1]!.querySelector('.pill'));
      expect(verdictOf(rows[0]!)).to.equal('Trains on your data');
      expect(verdictOf(rows[1]!)).to.equal('Trains unless you opt out');
      for (const row of rows) {
        expect(row.cells[1]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(text(rows[0]!.cells[1])).to.match(
        /^Trains on your data Customer Property, including Input and Output, is used to develop/,
      );
      expect(text(rows[1]!.cells[1])).to.contain('by emailing legal@jasper.ai');
    });

    it('should link each https source with rel="noopener noreferrer" in a new tab', () => {
      const links = all<HTMLAnchorElement>(el, '[part="sources"] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.jasper.ai/legal/terms',
        'https://www.jasper.ai/legal/dpa',
        'https://www.jasper.ai/trust',
      ]);
      for (const a of links) {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(text(a)).to.match(/\(opens in a new tab\)$/);
      }
      expect(text(links[1])).to.equal('jasper.ai/legal/dpa (opens in a new tab)');
    });

    it('should show what each source says and when it was read', () => {
      const items = all(el, '[part="sources"] li');
      expect(items).to.have.length(3);
      expect(text(items[0]!.querySelector('blockquote'))).to.contain(
        "for the purpose of developing and enhancing Jasper's artificial intelligence models.",
      );
      expect(text(items[0])).to.contain('(Terms)');
      expect(text(items[0])).to.contain('Published 30 May 2025');
      expect(text(items[1])).to.contain('Supports: DPA for customers submitting personal data');
      expect(text(items[1])).to.contain('Retrieved 1 June 2026');
    });

    it('should show when it was last verified, the confidence, the caveat and a disclaimer', () => {
      const footer = part(el, '[part="footer"]');
      expect(text(footer.querySelector('p'))).to.equal(
        'Last verified 1 June 2026 · Confidence: medium',
      );
      expect(text(part(el, 'time[datetime="2026-06-01"]'))).to.equal('1 June 2026');
      expect(text(footer)).to.contain(
        'Terms change — confirm directly with Jasper before sending confidential data.',
      );
      expect(text(footer)).to.contain('It is not legal advice');
    });

    it('should hide the fallback content once the card is shown', () => {
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
      expect(visibleText(el)).not.to.contain(FALLBACK);
    });

    it('should fire a bubbling, composed ai-training-verdict-load with the record', () => {
      expect(event.type).to.equal('ai-training-verdict-load');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      const { detail } = event as AiTrainingVerdictLoadEvent;
      expect(detail.tool).to.equal('jasper');
      expect(detail.record.name).to.equal('Jasper');
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record is not verified and has a tier with a start date (claude)', () => {
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      ({ el } = await settle(html`<ai-training-verdict tool="Claude"></ai-training-verdict>`));
    });

    it('should show each plan with its own verdict', () => {
      const rows = all<HTMLTableRowElement>(el, 'tbody tr').map((row) => [
        text(row.cells[0]),
        text(row.cells[1]!.querySelector('.pill')),
      ]);
      expect(rows).to.deep.equal([
        ['Free / Pro / Max (consumer)', 'Trains unless you opt out'],
        ['Claude for Work / Team / Enterprise / Gov / Edu', 'Does not train on your data'],
        ['API (Anthropic-hosted)', 'Does not train on your data'],
      ]);
      expect(text(part(el, '[part="badge"]'))).to.equal('Depends on your plan');
      expect(text(part(el, 'tbody tr .since'))).to.equal('Since 28 August 2025');
    });

    it('should say it is not verified yet and that no confidence is stated', () => {
      expect(text(part(el, '[part="footer"] p'))).to.equal(
        'Not verified yet · Confidence: not stated',
      );
    });

    it('should name a source without a document title by its address', () => {
      const first = part<HTMLAnchorElement>(el, '[part="sources"] a');
      expect(first.getAttribute('href')).to.equal(
        'https://www.anthropic.com/news/updates-to-our-consumer-terms',
      );
      expect(text(first)).to.equal(
        'anthropic.com/news/updates-to-our-consumer-terms (opens in a new tab)',
      );
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when a source has no URL and the record no category (ai21)', () => {
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      ({ el } = await settle(html`<ai-training-verdict tool="ai21"></ai-training-verdict>`));
    });

    it('should show the source as text, without a link', () => {
      expect(all(el, '[part="sources"] a')).to.have.length(0);
      expect(text(part(el, '[part="sources"] li'))).to.match(/^AI21 Labs Terms of Use \(Terms\)/);
    });

    it('should show an unclear verdict as unclear', () => {
      expect(text(part(el, '[part="badge"]'))).to.equal('Unclear');
      expect(text(part(el, 'tbody tr td .pill'))).to.equal('Unclear');
      expect(text(part(el, '[part="header"]'))).to.equal('AI21 Labs by AI21 Labs');
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record is loading', () => {
    let el: AiTrainingVerdict;
    let jasper: ToolRecord;
    let release!: (record: ToolRecord) => void;

    beforeEach(async () => {
      jasper = await getTool('jasper');
      const tag = stubbedElement(() => new Promise((resolve) => (release = resolve)));
      el = await fixture(
        html`<${tag} tool="jasper"><a href="https://www.jasper.ai/legal/terms">${FALLBACK}</a></${tag}>`,
      );
    });

    it('should show the fallback content and mark the card busy', () => {
      const base = part(el, '[part="base"]');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(visibleText(el)).to.equal(FALLBACK);
    });

    it('should reserve space for the card', () => {
      const em = parseFloat(getComputedStyle(part(el, '[part="base"]')).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(40 * em);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('should replace the fallback content with the card when the record arrives', async () => {
      const loaded = new Promise((resolve) =>
        el.addEventListener('ai-training-verdict-load', resolve, { once: true }),
      );
      const reserved = el.getBoundingClientRect().height;
      release(jasper);
      await loaded;
      // The card only grows from the reserved space, so nothing below it jumps up.
      expect(el.getBoundingClientRect().height).to.be.at.least(reserved);
      expect(text(part(el, '[part="answer"]'))).to.contain('Jasper trains on your data');
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    });
  });

  describe('when the record is loading and there is no fallback content', () => {
    it('should say what it is loading', async () => {
      const tag = stubbedElement(() => new Promise(() => {}));
      const el = await fixture<AiTrainingVerdict>(html`<${tag} tool="jasper"></${tag}>`);
      expect(visibleText(part(el, '[part="base"]'))).to.equal(
        'Loading the AI training verdict for “jasper”…',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('when the tool is unknown', () => {
    let el: AiTrainingVerdict;
    let event: Settled;
    let warnings: string[];

    beforeEach(async () => {
      ({
        result: { el, event },
        warnings,
      } = await captureWarnings(() =>
        settle(
          html`<ai-training-verdict tool="not-a-tool"
            ><a href="https://example.com/ai-privacy">${FALLBACK}</a></ai-training-verdict
          >`,
        ),
      ));
    });

    it('should say there is no verdict for that tool', () => {
      expect(text(part(el, '[part="message"]'))).to.equal(
        'There is no AI training verdict for “not-a-tool”. Check the name of the tool.',
      );
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    });

    it('should show the fallback content', () => {
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(visibleText(el)).to.contain(FALLBACK);
    });

    it('should warn the author on the console', () => {
      expect(warnings).to.deep.equal([
        '<ai-training-verdict>: there is no record for tool="not-a-tool".',
      ]);
    });

    it('should fire a bubbling, composed ai-training-verdict-error', () => {
      expect(event.type).to.equal('ai-training-verdict-error');
      expect(event.bubbles && event.composed).to.equal(true);
      const { detail } = event as AiTrainingVerdictErrorEvent;
      expect(detail.reason).to.equal('unknown-tool');
      expect(detail.tool).to.equal('not-a-tool');
      expect(detail.error).to.be.an.instanceOf(UnknownToolError);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the tool id is mistyped', () => {
    it('should offer the ids the SDK suggests to the reader and the author', async () => {
      const {
        result: { el, event },
        warnings,
      } = await captureWarnings(() =>
        settle(html`<ai-training-verdict tool="jaspr"></ai-training-verdict>`),
      );
      expect(text(part(el, '[part="message"]'))).to.equal(
        'There is no AI training verdict for “jaspr”. Did you mean “jasper”?',
      );
      expect(warnings).to.deep.equal([
        '<ai-training-verdict>: there is no record for tool="jaspr". Did you mean “jasper”?',
      ]);
      expect((event as AiTrainingVerdictErrorEvent).detail.suggestions).to.deep.equal(['jasper']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record fails to load', () => {
    let el: AiTrainingVerdict;
    let event: Settled;

    beforeEach(async () => {
      const tag = stubbedElement(() => Promise.reject(new TypeError('Failed to fetch')));
      ({
        result: { el, event },
      } = await captureWarnings(() =>
        settle(
          html`<${tag} tool="jasper"><a href="https://www.jasper.ai/legal/terms">${FALLBACK}</a></${tag}>`,
        ),
      ));
    });

    it('should say the verdict could not be loaded and show the fallback content', () => {
      expect(text(part(el, '[part="message"]'))).to.equal(
        'The AI training verdict for “jasper” could not be loaded. Reloading the page may help.',
      );
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
    });

    it('should fire ai-training-verdict-error with reason load-failed', () => {
      const { detail } = event as AiTrainingVerdictErrorEvent;
      expect(detail.reason).to.equal('load-failed');
      expect(detail.error).to.be.an.instanceOf(TypeError);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when there is no tool attribute', () => {
    it('should show only the fallback content', async () => {
      const el = await fixture<AiTrainingVerdict>(
        html`<ai-training-verdict
          ><a href="https://example.com/">${FALLBACK}</a></ai-training-verdict
        >`,
      );
      expect(visibleText(el)).to.equal(FALLBACK);
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when record text contains markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      const jasper = await getTool('jasper');
      const record: ToolRecord = {
        ...jasper,
        name: evil,
        vendor: evil,
        category: evil,
        headline: { ...jasper.headline, shortAnswer: evil, summary: evil },
        tiers: [{ ...jasper.tiers[0]!, label: evil, detail: evil }],
        sources: [
          { id: 'evil', document: evil, quote: evil, supports: evil },
          { id: 'script', url: 'javascript:alert(1)', document: 'A javascript: link' },
          { id: 'plain', url: 'http://example.com/terms', document: 'A plain http link' },
        ],
        caveat: evil,
      };
      const tag = stubbedElement(() => Promise.resolve(record));
      ({ el } = await settle(html`<${tag} tool="jasper"></${tag}>`));
    });

    it('should show the characters as text and create no element from them', () => {
      expect(text(part(el, 'h3'))).to.equal(evil);
      expect(text(part(el, '[part="answer"]'))).to.equal(evil);
      expect(text(part(el, '[part="summary"]'))).to.equal(evil);
      expect(text(part(el, 'tbody th'))).to.equal(evil);
      expect(text(part(el, '[part="sources"] blockquote'))).to.equal(evil);
      expect(text(part(el, '.caveat'))).to.equal(evil);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(document.querySelectorAll('img')).to.have.length(0);
    });

    it('should make no link of a URL that is not https', () => {
      expect(all(el, 'a')).to.have.length(0);
      expect(text(part(el, '[part="sources"]'))).to.contain('A javascript: link');
      expect(text(part(el, '[part="sources"]'))).to.contain('A plain http link');
    });
  });

  describe('when the element is registered twice', () => {
    it('should warn, naming both versions, and not throw when a second copy loads', async () => {
      // A second copy of the registering module, as when the embed script is pasted twice.
      const copy = new URL('./ai-training-verdict.ts?copy=2', import.meta.url).href;
      const { warnings } = await captureWarnings(() => import(copy));
      expect(warnings).to.deep.equal([
        `<ai-training-verdict> is already registered (version ${AiTrainingVerdict.version}), so ` +
          `this copy (version ${AiTrainingVerdict.version}) was not registered and the first one ` +
          'stays in use. The page loads the element twice: remove one of the script tags or imports.',
      ]);
      expect(customElements.get('ai-training-verdict')).to.equal(AiTrainingVerdict);
    });

    it('should name the other version when a different version loads', async () => {
      class Newer extends HTMLElement {
        static readonly version = '9.9.9';
      }
      const { warnings } = await captureWarnings(async () =>
        defineElement('ai-training-verdict', Newer),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`already registered (version ${AiTrainingVerdict.version})`);
      expect(warnings[0]).to.contain('this copy (version 9.9.9) was not registered');
      expect(customElements.get('ai-training-verdict')).to.equal(AiTrainingVerdict);
    });

    it('should name the version it was built from', async () => {
      const response = await fetch(new URL('../../package.json', import.meta.url));
      const { version } = (await response.json()) as { version: string };
      expect(AiTrainingVerdict.version).to.equal(version);
    });
  });
});
