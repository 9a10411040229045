import { getTool, isStale, labels, type ToolRecord } from '@ai-training-verdict/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';
import { defineElement } from '../internal/define.js';
import {
  all,
  captureWarnings,
  emulateMedia,
  fixtureRelease,
  nextFrame,
  part,
  pending,
  releaseWith,
  settle,
  stubbed,
  text,
  today,
  until,
  visibleText,
  type Template,
} from '../internal/testing.test-helpers.js';
import { AiTrainingVerdict } from './ai-training-verdict.js';

const FALLBACK = 'Read Jasper’s terms';
const fallback = html`<a href="https://www.jasper.ai/legal/terms">${FALLBACK}</a>`;

/** Renders a card (the first `ai-training-verdict` in `template`) and waits for its event. */
const card = (template: Template) => settle<AiTrainingVerdict>(template, 'ai-training-verdict');

/** The level of a `role="heading"` element. */
const level = (heading: Element) => Number(heading.getAttribute('aria-level'));

/** The headings of the card as [level, text]. */
const headings = (el: Element) =>
  all(el, '[role="heading"]').map((h) => [level(h), text(h)] as const);

describe('<ai-training-verdict>', () => {
  it('is defined', () => {
    const el = document.createElement('ai-training-verdict');
    expect(customElements.get('ai-training-verdict')).to.equal(AiTrainingVerdict);
    expect(el).to.be.an.instanceOf(AiTrainingVerdict);
  });

  describe('when the tool is jasper', () => {
    let el: AiTrainingVerdict;
    let event: AiTrainingVerdictLoadEvent;

    beforeEach(async () => {
      const settled = await card(
        html`<ai-training-verdict tool="jasper">${fallback}</ai-training-verdict>`,
      );
      el = settled.el;
      event = settled.event as AiTrainingVerdictLoadEvent;
    });

    it('should show the name as a heading, then the vendor and category', () => {
      const title = part(el, '[part="header"] [role="heading"]');
      expect(text(title)).to.equal('Jasper');
      expect(level(title)).to.equal(3);
      expect(text(part(el, '[part="header"] .meta'))).to.equal('Jasper · AI writing / marketing');
      expect(part(el, 'article').getAttribute('aria-labelledby')).to.equal(title.id);
    });

    it('should not link an official site the record does not give', () => {
      expect(all(el, '[part="header"] a')).to.have.length(0);
    });

    it('should show the three headline badges with the SDK labels', () => {
      expect(all(el, '[part~="badge"]').map(text)).to.deep.equal([
        'Trains by default',
        'Opt-out available',
        'ZDR / DPA on enterprise',
      ]);
      expect(part(el, '[part~="badge"][part~="verdict"] svg').getAttribute('aria-hidden')).to.equal(
        'true',
      );
    });

    it('should show the short answer and the summary as English record text', () => {
      const answer = part(el, '[part="answer"]');
      expect(text(answer)).to.equal(
        'Yes — Jasper trains on your data by default; you have to opt out.',
      );
      expect(answer.lang).to.equal('en');
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
      expect(getComputedStyle(table).display).to.equal('table');
    });

    it('should give each verdict as words beside a hidden icon, never as colour alone', () => {
      const rows = all<HTMLTableRowElement>(el, 'tbody tr');
      expect(
        rows.map((row) => text(row.cells[1]!.querySelector('[part="verdict"]'))),
      ).to.deep.equal(['Trains on your data', 'Trains unless you opt out']);
      for (const row of rows) {
        expect(row.cells[1]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(text(rows[0]!.cells[1])).to.match(
        /^Trains on your data Customer Property, including Input and Output, is used to develop/,
      );
      expect(text(rows[1]!.cells[1])).to.contain('by emailing legal@jasper.ai');
      expect(all(el, 'tr[aria-current]')).to.have.length(0);
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
      expect(text(links[0])).to.equal('Terms of Service (v4.1) (opens in a new tab)');
      expect(text(links[1])).to.equal('jasper.ai/legal/dpa (opens in a new tab)');
    });

    it('should show each source’s quote, what it supports and its date', () => {
      const items = all(el, '[part="sources"] li');
      expect(items).to.have.length(3);
      expect(text(items[0]!.querySelector('blockquote'))).to.equal(
        'Jasper uses Customer Property, including Input and Output, to provide, maintain, and ' +
          "improve the Services, including for the purpose of developing and enhancing Jasper's " +
          'artificial intelligence models.',
      );
      expect(text(items[0])).to.contain('Supports: EU/UK opt-out language.');
      expect(text(items[0])).to.contain('Published May 30, 2025');
      expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-30');
      expect(text(items[1])).to.contain(
        'Supports: DPA for customers submitting personal data; processing limited to the ' +
          "customer's documented lawful instructions.",
      );
      expect(text(items[1])).to.contain('Retrieved June 1, 2026');
    });

    it('should show when it was last verified, the confidence, the caveat and a disclaimer', () => {
      const footer = part(el, '[part="footer"]');
      expect(text(footer.querySelector('p'))).to.equal(
        'Last verified June 1, 2026 · Medium confidence',
      );
      expect(text(part(el, '[part="footer"] time[datetime="2026-06-01"]'))).to.equal(
        'June 1, 2026',
      );
      expect(text(part(el, '.caveat'))).to.equal(
        'Terms change — confirm directly with Jasper before sending confidential data.',
      );
      expect(text(footer)).to.contain('Cited public information, not legal advice.');
    });

    it('should leave the optional sections out by default', () => {
      for (const name of ['opt-out', 'retention', 'listicles', 'faq', 'history', 'clauses']) {
        expect(el.shadowRoot!.querySelector(`[part="${name}"]`), name).to.equal(null);
      }
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
      expect(event.detail.tool).to.equal('jasper');
      expect(event.detail.record.name).to.equal('Jasper');
      expect(event.detail.renamedFrom).to.equal(undefined);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record has an official site', () => {
    it('should link it with rel="noopener noreferrer"', async () => {
      const src = await releaseWith((tools) => {
        tools.jasper!.officialSite = 'https://www.jasper.ai/';
      });
      const { el } = await card(
        html`<ai-training-verdict tool="jasper" src=${src}></ai-training-verdict>`,
      );
      const site = part<HTMLAnchorElement>(el, '[part="header"] a');
      expect(site.getAttribute('href')).to.equal('https://www.jasper.ai/');
      expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(text(site)).to.equal('Official site ↗ (opens in a new tab)');
      expect(text(part(el, '[part="header"] .meta'))).to.equal(
        'Jasper · AI writing / marketing · Official site ↗ (opens in a new tab)',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record was never verified (claude)', () => {
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      ({ el } = await card(html`<ai-training-verdict tool="Claude"></ai-training-verdict>`));
    });

    it('should say it is not verified yet and may be out of date', () => {
      expect(text(part(el, '[part="footer"] p'))).to.equal(
        'Not verified yet · Confidence not stated',
      );
      expect(text(part(el, '[part="stale"]'))).to.equal(
        'May be out of date: check the sources before you rely on it.',
      );
      expect(isStale({ lastVerified: undefined })).to.equal(true); // the SDK's rule, no date: stale
    });

    it('should show each plan with its own verdict and the date a verdict took effect', () => {
      const rows = all<HTMLTableRowElement>(el, 'tbody tr').map((row) => [
        text(row.cells[0]),
        text(row.cells[1]!.querySelector('[part="verdict"]')),
      ]);
      expect(rows).to.deep.equal([
        ['Free / Pro / Max (consumer)', 'Trains unless you opt out'],
        ['Claude for Work / Team / Enterprise / Gov / Edu', 'No training'],
        ['API (Anthropic-hosted)', 'No training'],
      ]);
      expect(text(part(el, '[part~="verdict"]'))).to.equal('Depends on your plan');
      expect(text(part(el, 'tbody tr td .muted'))).to.equal('Since August 28, 2025');
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

  describe('when the record was last verified long ago', () => {
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      const src = await releaseWith((tools) => {
        tools.jasper!.lastVerified = '2025-01-15';
      });
      ({ el } = await card(
        html`<ai-training-verdict tool="jasper" src=${src}></ai-training-verdict>`,
      ));
    });

    it('should show the "may be out of date" note and the old date', () => {
      expect(text(part(el, '[part="stale"]'))).to.equal(
        'May be out of date: check the sources before you rely on it.',
      );
      expect(text(part(el, '[part="footer"] p'))).to.equal(
        'Last verified January 15, 2025 · Medium confidence',
      );
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the record was verified recently', () => {
    it('should show no "may be out of date" note', async () => {
      const src = await releaseWith((tools) => {
        tools.jasper!.lastVerified = today();
      });
      const { el } = await card(
        html`<ai-training-verdict tool="jasper" src=${src}></ai-training-verdict>`,
      );
      expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      expect(text(part(el, '[part="footer"] p'))).to.match(/^Last verified \w+ \d+, \d{4} · /);
      await expect(el).to.be.accessible();
    });
  });

  describe('while the record is loading', () => {
    it('should show the fallback content in a box that reserves space, marked busy', async () => {
      const tag = stubbed(AiTrainingVerdict, pending);
      const el = await fixture<AiTrainingVerdict>(html`<${tag} tool="jasper">${fallback}</${tag}>`);
      const base = part(el, '[part="base"]');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(visibleText(el)).to.equal(FALLBACK);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(base.getBoundingClientRect().height).to.be.at.least(
        20 * parseFloat(getComputedStyle(base).fontSize) - 1,
      );
      await expect(el).to.be.accessible();
    });

    it('should say what it is loading when there is no fallback content', async () => {
      const tag = stubbed(AiTrainingVerdict, pending);
      const el = await fixture<AiTrainingVerdict>(html`<${tag} tool="jasper"></${tag}>`);
      expect(visibleText(el)).to.equal('');
      expect(text(part(el, '[part="base"]'))).to.equal(
        'Loading the AI training verdict for “jasper”…',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('when the card arrives after loading', () => {
    /** Renders a card whose load the test releases, in a column of `width` px. */
    async function arriving(tool: string, width: number, style = '') {
      const record = await getTool(tool);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const tag = stubbed(AiTrainingVerdict, async () => {
        await gate;
        return { record };
      });
      const column = await fixture<HTMLElement>(
        html`<div style="width: ${width}px"><${tag} tool=${tool} style=${style}>${fallback}</${tag}></div>`,
      );
      const el = column.firstElementChild as AiTrainingVerdict;
      await nextFrame();
      const loading = el.getBoundingClientRect().height;
      release();
      await new Promise((resolve) => el.addEventListener('ai-training-verdict-load', resolve));
      await nextFrame();
      return { loading, loaded: el.getBoundingClientRect().height };
    }

    it('should keep the exact height when --atv-loading-min-height is the card’s height', async () => {
      const { loaded: height } = await arriving('jasper', 600);
      const { loading, loaded } = await arriving(
        'jasper',
        600,
        `--atv-loading-min-height: ${height}px`,
      );
      expect(loading).to.equal(height);
      expect(loaded).to.equal(loading);
    });

    for (const tool of ['jasper', 'claude', 'ai21']) {
      for (const width of [280, 800]) {
        it(`should never shrink by default (${tool}, ${width} px): the card only grows downwards`, async () => {
          const { loading, loaded } = await arriving(tool, width);
          expect(loaded).to.be.at.least(loading);
        });
      }
    }
  });

  describe('when the tool is unknown', () => {
    let el: AiTrainingVerdict;
    let event: AiTrainingVerdictErrorEvent;
    let warnings: string[];

    beforeEach(async () => {
      const captured = await captureWarnings(() =>
        card(html`<ai-training-verdict tool="jsaper">${fallback}</ai-training-verdict>`),
      );
      el = captured.result.el;
      event = captured.result.event as AiTrainingVerdictErrorEvent;
      warnings = captured.warnings;
    });

    it('should say so, suggest the closest id and keep the fallback content visible', () => {
      expect(text(part(el, '[part="message"]'))).to.equal(
        'There is no AI training verdict for “jsaper”. Did you mean jasper?',
      );
      expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    });

    it('should warn the page’s author in the console', () => {
      expect(warnings).to.deep.equal([
        '<ai-training-verdict>: there is no record for the tool "jsaper". Did you mean jasper?',
      ]);
    });

    it('should fire ai-training-verdict-error with reason unknown-tool and the suggestions', () => {
      expect(event.type).to.equal('ai-training-verdict-error');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.reason).to.equal('unknown-tool');
      expect(event.detail.tool).to.equal('jsaper');
      expect(event.detail.suggestions).to.deep.equal(['jasper']);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the tool id was renamed', () => {
    let el: AiTrainingVerdict;
    let event: AiTrainingVerdictLoadEvent;

    beforeEach(async () => {
      const settled = await card(
        html`<ai-training-verdict
          tool="jarvis"
          src=${fixtureRelease('valid')}
        ></ai-training-verdict>`,
      );
      el = settled.el;
      event = settled.event as AiTrainingVerdictLoadEvent;
    });

    it('should show the record it now leads to, with a note', () => {
      expect(text(part(el, '[part="header"] [role="heading"]'))).to.equal('Jasper');
      expect(all(el, '[part="header"] .meta').map(text)).to.deep.equal([
        'Jasper · AI writing / marketing',
        '“jarvis” is now Jasper.',
      ]);
      expect(all(el, 'tbody tr')).to.have.length(2);
    });

    it('should say so in the load event', () => {
      expect(event.detail.tool).to.equal('jarvis');
      expect(event.detail.record.id).to.equal('jasper');
      expect(event.detail.renamedFrom).to.equal('jarvis');
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when src is a valid data release', () => {
    it('should show the record from that release', async () => {
      const src = await releaseWith((tools) => {
        tools.jasper!.caveat = 'Caveat from the pinned release.';
      });
      const { el } = await card(
        html`<ai-training-verdict tool="jasper" src=${src}></ai-training-verdict>`,
      );
      expect(text(part(el, '.caveat'))).to.equal('Caveat from the pinned release.');
    });
  });

  describe('when the data fails to load', () => {
    const failures = {
      'the src release is missing (HTTP 404)': () =>
        html`<ai-training-verdict tool="jasper" src=${fixtureRelease('missing')}
          >${fallback}</ai-training-verdict
        >`,
      'the src release fails validation': () =>
        html`<ai-training-verdict tool="jasper" src=${fixtureRelease('invalid')}
          >${fallback}</ai-training-verdict
        >`,
      'the network fails': () => {
        const tag = stubbed(AiTrainingVerdict, () =>
          Promise.reject(new TypeError('Failed to fetch')),
        );
        return html`<${tag} tool="jasper">${fallback}</${tag}>`;
      },
    };

    for (const [how, template] of Object.entries(failures)) {
      describe(`because ${how}`, () => {
        let el: AiTrainingVerdict;
        let event: AiTrainingVerdictErrorEvent;
        let warnings: string[];

        beforeEach(async () => {
          const captured = await captureWarnings(() => card(template()));
          el = captured.result.el;
          event = captured.result.event as AiTrainingVerdictErrorEvent;
          warnings = captured.warnings;
        });

        it('should say the verdict could not be loaded and show the fallback content', () => {
          expect(text(part(el, '[part="message"]'))).to.equal(
            'The AI training verdict for “jasper” could not be loaded.',
          );
          expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
        });

        it('should show no record text at all, validated or not', () => {
          expect(el.shadowRoot!.querySelector('[part="answer"], table')).to.equal(null);
          expect(text(el.shadowRoot)).not.to.contain('UNVALIDATED');
          expect(text(el.shadowRoot)).not.to.contain('Trains');
        });

        it('should fire ai-training-verdict-error with reason load-failed and warn', () => {
          expect(event.detail.reason).to.equal('load-failed');
          expect(event.detail.suggestions).to.deep.equal([]);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.match(
            /^<[\w-]+>: the record for the tool "jasper" could not be loaded/,
          );
        });

        it('should be accessible', async () => {
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('when there is no tool attribute', () => {
    it('should show only the fallback content', async () => {
      const el = await fixture<AiTrainingVerdict>(
        html`<ai-training-verdict>${fallback}</ai-training-verdict>`,
      );
      expect(visibleText(el)).to.equal(FALLBACK);
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when sections is set', () => {
    it('should show only the sections asked for, in the card’s order', async () => {
      const { el } = await card(
        html`<ai-training-verdict
          tool="jasper"
          sections="sources listicles"
        ></ai-training-verdict>`,
      );
      expect(headings(el)).to.deep.equal([
        [3, 'Jasper'],
        [4, 'What the listicles get wrong'],
        [4, 'Sources'],
      ]);
      expect(el.shadowRoot!.querySelector('[part="answer"], table')).to.equal(null);
      expect(text(part(el, '[part="footer"]'))).to.contain('Last verified');
    });

    it('should show how to opt out, with its methods and consequences (claude)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="claude" sections="opt-out"></ai-training-verdict>`,
      );
      const section = part(el, '[part="opt-out"]');
      expect(text(section.querySelector('[role="heading"]'))).to.equal('Can you opt out?');
      expect(text(section)).to.contain('Consumer users must opt out in Privacy Settings');
      expect(text(section)).to.contain('If you do nothing, your data is used for training.');
      expect([...section.querySelectorAll('li')].map(text)).to.deep.equal([
        'Settings toggle · Consumer users: Opt out in Privacy Settings.',
        'Consent prompt · Consumer users: A one-time pop-up was shown.',
      ]);
      expect(text(section)).to.contain(
        'Deadline October 8, 2025: Existing users had until 8 Oct 2025 to choose.',
      );
      await expect(el).to.be.accessible();
    });

    it('should say plainly that the opt-out and retention are not known (ai21)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="ai21" sections="opt-out retention"></ai-training-verdict>`,
      );
      for (const name of ['opt-out', 'retention']) {
        expect(text(part(el, `[part="${name}"] p`))).to.equal(
          'Not known: none of the sources we have found covers this.',
        );
      }
    });

    it('should show retention periods, ZDR and the DPA (claude)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="claude" sections="retention"></ai-training-verdict>`,
      );
      const section = part(el, '[part="retention"]');
      expect(text(section.querySelector('[role="heading"]'))).to.equal('Zero retention / DPA');
      expect([...section.querySelectorAll('li')].map(text)).to.deep.equal([
        'API inputs and outputs: 7 days (since September 14, 2025, before: 30 days)',
        'Consumer users: 30 days · Opting out keeps the original 30-day retention.',
        'Consumer users: up to 5 years · Allowing training extends retention up to 5 years.',
      ]);
      expect([...section.querySelectorAll('dt')].map(text)).to.deep.equal([
        'Zero data retention (ZDR)',
        'Data processing agreement (DPA)',
      ]);
      expect(text(section)).to.contain('ZDR can be voided when Claude is accessed via third-party');
    });

    it('should show the FAQ from the SDK’s faq(), questions as headings', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="jasper" sections="faq"></ai-training-verdict>`,
      );
      const section = part(el, '[part="faq"]');
      const questions = [...section.querySelectorAll('[role="heading"]')].slice(1);
      expect(questions.map(text)).to.deep.equal([
        'Does Jasper train its AI models on my data?',
        'Can I opt out of Jasper training on my data?',
        'Does Jasper offer zero data retention (ZDR) or a DPA?',
        'Is Jasper safe to use with confidential or proprietary data?',
      ]);
      expect(questions.map(level)).to.deep.equal([5, 5, 5, 5]);
      const answers = [...section.querySelectorAll('p')];
      expect(answers.map(text)[3]).to.equal(
        (await import('@ai-training-verdict/sdk')).faq(await getTool('jasper'))[3]!.answer,
      );
      expect(answers.every((p) => p.lang === 'en')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('should label and date each change, policy changes apart from record corrections', async () => {
      const src = await releaseWith((tools) => {
        tools.claude!.history = [
          ...(tools.claude!.history ?? []),
          { type: 'record-correction', date: '2025-10-01', summary: 'Fixture: a correction.' },
        ];
      });
      const { el } = await card(
        html`<ai-training-verdict
          tool="claude"
          sections="history"
          src=${src}
        ></ai-training-verdict>`,
      );
      const entries = all(el, '[part="history"] li').map((li) => text(li.querySelector('p')));
      expect(entries).to.deep.equal([
        'Policy change August 28, 2025 · Free / Pro / Max (consumer)',
        'Policy change September 14, 2025 · API (Anthropic-hosted)',
        'Record correction October 1, 2025',
      ]);
      const first = part(el, '[part="history"] li');
      expect(text(first)).to.contain(
        'Before: No training Anthropic previously did not train on consumer chats',
      );
      expect(text(first)).to.contain('After: Trains unless you opt out Trains on chats');
    });

    it('should say "Date not known" for an undated change (ai21)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="ai21" sections="history"></ai-training-verdict>`,
      );
      expect(all(el, '[part="history"] li').map((li) => text(li.querySelector('p')))).to.deep.equal(
        ['Policy change Date not known', 'Policy change Date not known'],
      );
    });

    it('should show the clause analysis with the verbatim clause (ai21)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="ai21" sections="clauses"></ai-training-verdict>`,
      );
      const section = part(el, '[part="clauses"]');
      expect(text(section.querySelector('blockquote'))).to.match(
        /^By using the Services, you grant AI21 a worldwide, non-exclusive, royalty-free license/,
      );
      expect(text(section.querySelector('figcaption'))).to.equal('From AI21 Labs Terms of Use');
      expect([...section.querySelectorAll('dt')].map(text)).to.deep.equal([
        'Plain meaning',
        'Why it matters',
        'Interpretive note',
        'What it means for you',
        'Products covered',
      ]);
      expect(text(section)).to.contain('Jamba, AI21 Studio, connected APIs');
    });

    it('should label compliance notes visibly as analysis, with their disclaimer (ai21)', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="ai21" sections="compliance"></ai-training-verdict>`,
      );
      const section = part(el, '[part="compliance"]');
      expect(text(section.querySelector('[role="heading"]'))).to.equal('Compliance notes Analysis');
      expect(section.querySelector('.badge')!.checkVisibility()).to.equal(true);
      expect(text(section.querySelector('.note'))).to.match(
        /^This analysis describes what AI21 Labs's agreement states, permits, or reserves\./,
      );
      expect(text(section)).to.contain('Governance exposure High · Enterprise customers deploying');
    });

    it('should leave out analysis sections a record does not have (jasper)', async () => {
      const { el } = await card(
        html`<ai-training-verdict
          tool="jasper"
          sections="clauses compliance history"
        ></ai-training-verdict>`,
      );
      expect(
        el.shadowRoot!.querySelector('[part="clauses"], [part="compliance"], [part="history"]'),
      ).to.equal(null);
    });

    it('should warn about a token it does not know and show the ones it knows', async () => {
      const { result, warnings } = await captureWarnings(() =>
        card(
          html`<ai-training-verdict tool="jasper" sections="answer price"></ai-training-verdict>`,
        ),
      );
      expect(warnings).to.deep.equal([
        '<ai-training-verdict>: unknown sections price. Use any of: answer opt-out retention ' +
          'listicles tiers clauses compliance history faq sources, or all.',
      ]);
      expect(text(part(result.el, '[part="answer"]'))).to.match(/^Yes — Jasper trains/);
      expect(result.el.shadowRoot!.querySelector('table')).to.equal(null);
    });

    for (const tool of ['jasper', 'claude', 'ai21']) {
      it(`should show every section with "all" and stay accessible (${tool})`, async () => {
        const { el } = await card(
          html`<ai-training-verdict tool=${tool} sections="all"></ai-training-verdict>`,
        );
        const parts = all(el, '[part="base"] > [part]').map((node) => node.getAttribute('part'));
        expect(parts).to.include.members(['answer', 'opt-out', 'retention', 'faq', 'sources']);
        expect(all(el, 'table')).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when tier is set', () => {
    const current = (el: Element) => all(el, 'tbody tr[aria-current="true"]');

    for (const [tier, row] of [
      ['Pro', 'Free / Pro / Max (consumer)'],
      ['commercial', 'Claude for Work / Team / Enterprise / Gov / Edu'],
      ['api (anthropic-hosted)', 'API (Anthropic-hosted)'],
    ] as const) {
      it(`should highlight the row "${tier}" names, with a visible marker`, async () => {
        const { el } = await card(
          html`<ai-training-verdict tool="claude" tier=${tier}></ai-training-verdict>`,
        );
        expect(current(el)).to.have.length(1);
        const [highlighted] = current(el);
        expect(text(highlighted!.querySelector('th'))).to.equal(`${row} Highlighted`);
        expect(highlighted!.querySelector('.marker')!.checkVisibility()).to.equal(true);
        const plain = all(el, 'tbody tr:not([aria-current]) > th')[0]!;
        expect(getComputedStyle(highlighted!.querySelector('th')!).backgroundColor).not.to.equal(
          getComputedStyle(plain).backgroundColor,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('should warn, listing the tiers, and highlight nothing for a tier it does not have', async () => {
      const { result, warnings } = await captureWarnings(() =>
        card(html`<ai-training-verdict tool="claude" tier="Gold"></ai-training-verdict>`),
      );
      expect(current(result.el)).to.have.length(0);
      expect(warnings).to.deep.equal([
        '<ai-training-verdict>: Claude has no tier "Gold". Its tiers are: consumer, commercial, api',
      ]);
    });
  });

  describe('when heading-level is set', () => {
    for (const [attribute, expected] of [
      ['1', [1, 2]],
      ['5', [5, 6]],
      ['6', [6, 6]],
      ['9', [3, 4]],
      ['two', [3, 4]],
    ] as const) {
      it(`should use level ${expected[0]} for the name and ${expected[1]} below it (heading-level="${attribute}")`, async () => {
        const { el } = await card(
          html`<ai-training-verdict
            tool="jasper"
            heading-level=${attribute}
          ></ai-training-verdict>`,
        );
        expect(headings(el)).to.deep.equal([
          [expected[0], 'Jasper'],
          [expected[1], 'Sources'],
        ]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when compact', () => {
    let el: AiTrainingVerdict;

    beforeEach(async () => {
      ({ el } = await card(
        html`<p style="width: 600px; font: 16px/1.5 serif">
          Before you paste a brief into Jasper, know that
          <ai-training-verdict tool="jasper" compact></ai-training-verdict> on its standard terms.
        </p>`,
      ));
    });

    it('should read as part of the sentence: name, verdict and a source link', async () => {
      // Jasper was verified on 2026-06-01: the SDK's isStale says whether that is too long ago.
      const stale = isStale(await getTool('jasper')) ? 'may be out of date, ' : '';
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(text(part(el, '[part="base"]'))).to.equal(
        `Jasper Trains by default (${stale}source: Terms of Service (v4.1) (opens in a new tab))`,
      );
      const a = part<HTMLAnchorElement>(el, 'a');
      expect(a.getAttribute('href')).to.equal('https://www.jasper.ai/legal/terms');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('should sit on the text’s lines: no taller than two lines of the paragraph', () => {
      expect(el.getBoundingClientRect().height).to.be.at.most(2 * 24 + 1);
      expect(el.shadowRoot!.querySelector('table, [part="footer"]')).to.equal(null);
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('should show the tier’s verdict and "may be out of date" for a stale record', async () => {
      const { el: claude } = await card(
        html`<ai-training-verdict tool="claude" tier="Team" compact></ai-training-verdict>`,
      );
      expect(text(part(claude, '[part="base"]'))).to.match(
        /^Claude \(Claude for Work \/ Team \/ Enterprise \/ Gov \/ Edu\) No training \(may be out of date, source: anthropic\.com/,
      );
    });

    it('should show its fallback inline when the tool is unknown', async () => {
      const { result } = await captureWarnings(() =>
        card(html`<ai-training-verdict tool="nope" compact>${fallback}</ai-training-verdict>`),
      );
      expect(visibleText(result.el)).to.equal(FALLBACK);
      expect(getComputedStyle(part(result.el, '[part="base"]')).display).to.equal('inline');
    });
  });

  describe('when theme is set', () => {
    const rgb = (el: Element, selector: string, property: 'color' | 'backgroundColor') =>
      getComputedStyle(part(el, selector))[property];

    it('should follow the page’s color-scheme with theme="auto" (the default)', async () => {
      const { el } = await card(
        html`<div style="color-scheme: dark; background: #111; color: #eee">
          <ai-training-verdict tool="jasper"></ai-training-verdict>
        </div>`,
      );
      expect(rgb(el, '[part~="verdict"]', 'backgroundColor')).to.equal('rgb(95, 20, 18)');
      expect(rgb(el, '[part="base"]', 'color')).to.equal('rgb(238, 238, 238)');
      expect(rgb(el, '[part="base"]', 'backgroundColor')).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    });

    for (const [theme, canvas, pill] of [
      ['light', 'rgb(255, 255, 255)', 'rgb(253, 231, 229)'],
      ['dark', 'rgb(18, 18, 18)', 'rgb(95, 20, 18)'],
    ] as const) {
      describe(`when theme="${theme}"`, () => {
        let el: AiTrainingVerdict;

        beforeEach(async () => {
          // Inside a page of the opposite scheme, to show the attribute wins.
          ({ el } = await card(
            html`<div style="color-scheme: ${theme === 'dark' ? 'light' : 'dark'}">
              <ai-training-verdict
                tool="jasper"
                theme=${theme}
                sections="all"
              ></ai-training-verdict>
            </div>`,
          ));
        });

        it(`should force the ${theme} scheme with a background of its own`, () => {
          expect(getComputedStyle(el).colorScheme).to.equal(theme);
          expect(rgb(el, '[part="base"]', 'backgroundColor')).to.equal(canvas);
          expect(rgb(el, '[part~="verdict"]', 'backgroundColor')).to.equal(pill);
        });

        it('should be accessible', async () => {
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('when lang is set', () => {
    /** The locale modules this page has requested so far. */
    const localesLoaded = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => /\/locales\/(\w+)\.ts/.exec(entry.name)?.[1])
        .filter(Boolean);

    it('should have loaded only English while every element on the page was English', () => {
      // Every test above this one rendered English cards only.
      expect(localesLoaded()).to.deep.equal(['en']);
    });

    const cases = {
      de: {
        badges: ['Hängt von Ihrem Tarif ab', 'Opt-out möglich', 'ZDR / AVV für Enterprise-Kunden'],
        caption: 'Trainiert Claude mit Ihren Daten? Nach Tarif oder Nutzergruppe',
        footer: 'Noch nicht geprüft · Sicherheit nicht angegeben',
        since: 'Seit 28. August 2025',
        stale: 'Möglicherweise veraltet: Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.',
        faq: 'Trainiert Claude seine KI-Modelle mit meinen Daten?',
      },
      fr: {
        badges: ['Dépend de votre offre', 'Opposition possible', 'ZDR / DPA pour les entreprises'],
        caption: 'Claude utilise-t-il vos données pour l’entraînement\u202f? Par offre ou public',
        footer: 'Pas encore vérifié · Confiance non précisée',
        since: 'Depuis le 28 août 2025',
        stale: 'Peut-être obsolète\u00a0: vérifiez les sources avant de vous y fier.',
        faq: 'Claude entraîne-t-il ses modèles d’IA sur mes données\u202f?',
      },
      es: {
        badges: [
          'Depende de tu plan',
          'Exclusión voluntaria disponible',
          'ZDR / DPA para empresas',
        ],
        caption: '¿Claude entrena con tus datos? Por plan o tipo de usuario',
        footer: 'Aún sin comprobar · Confianza no indicada',
        since: 'Desde el 28 de agosto de 2025',
        stale: 'Puede estar desactualizado: consulta las fuentes antes de fiarte.',
        faq: '¿Claude entrena sus modelos de IA con mis datos?',
      },
    };

    for (const [lang, expected] of Object.entries(cases)) {
      describe(`when the closest lang is "${lang}"`, () => {
        let el: AiTrainingVerdict;

        beforeEach(async () => {
          ({ el } = await card(
            html`<div lang=${`${lang}-XX`}>
              <section>
                <ai-training-verdict
                  tool="claude"
                  sections="answer tiers faq"
                ></ai-training-verdict>
              </section>
            </div>`,
          ));
        });

        it('should show the interface in that language', () => {
          expect(localesLoaded()).to.include(lang);
          expect(part(el, '[part="base"]').lang).to.equal(lang);
          expect(all(el, '[part~="badge"]').map(text)).to.deep.equal(expected.badges);
          expect(text(part(el, 'caption'))).to.equal(text(new Text(expected.caption)));
          expect(part(el, 'caption').textContent).to.contain(expected.caption.slice(-12));
          expect(text(part(el, '[part="footer"] p'))).to.equal(expected.footer);
          expect(text(part(el, 'tbody td .muted'))).to.equal(expected.since);
          expect(part(el, '[part="stale"]').textContent).to.equal(expected.stale);
          expect(all(el, '[part="faq"] [role="heading"]')[1]!.textContent!.trim()).to.equal(
            expected.faq,
          );
        });

        it('should keep record text in English, marked lang="en"', () => {
          const answer = part(el, '[part="answer"]');
          expect(answer.lang).to.equal('en');
          expect(text(answer)).to.match(/^It depends — Claude trains on consumer/);
          for (const th of all(el, 'tbody th')) {
            expect(th.querySelector('[lang="en"]'), text(th)).not.to.equal(null);
          }
        });

        it('should be accessible', async () => {
          await expect(el).to.be.accessible();
        });
      });
    }

    it('should prefer the element’s own lang to an ancestor’s', async () => {
      const { el } = await card(
        html`<div lang="fr">
          <ai-training-verdict lang="de" tool="jasper"></ai-training-verdict>
        </div>`,
      );
      expect(text(part(el, '[part~="verdict"]'))).to.equal('Trainiert standardmäßig');
    });

    it('should switch language when its lang attribute changes', async () => {
      const { el } = await card(html`<ai-training-verdict tool="jasper"></ai-training-verdict>`);
      el.setAttribute('lang', 'es');
      await until(() => part(el, '[part="base"]').lang === 'es');
      expect(text(part(el, '[part~="verdict"]'))).to.equal('Entrena de forma predeterminada');
    });

    it('should fall back to English for a language it does not ship, and say so with lang', async () => {
      const { el } = await card(
        html`<ai-training-verdict lang="pt-BR" tool="jasper"></ai-training-verdict>`,
      );
      expect(part(el, '[part="base"]').lang).to.equal('en');
      expect(text(part(el, '[part~="verdict"]'))).to.equal('Trains by default');
    });

    it('should word every verdict and badge as the SDK and its CLI do', async () => {
      const { headlineVerdict, optOut, zdrDpa, tierVerdict } = labels.en;
      for (const tool of ['jasper', 'claude', 'ai21']) {
        const record = await getTool(tool);
        const { el } = await card(html`<ai-training-verdict tool=${tool}></ai-training-verdict>`);
        expect(all(el, '[part~="badge"]').map(text), tool).to.deep.equal([
          headlineVerdict[record.headline.verdict],
          optOut[record.optOut?.availability ?? 'unknown'],
          zdrDpa[record.dataHandling?.zdrDpa ?? 'unknown'],
        ]);
        expect(all(el, 'tbody [part~="verdict"]').map(text), tool).to.deep.equal(
          record.tiers.map((tier) => tierVerdict[tier.verdict]),
        );
      }
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
        officialSite: 'javascript:alert(1)',
        caveat: evil,
      };
      const tag = stubbed(AiTrainingVerdict, () => Promise.resolve({ record }));
      ({ el } = await card(html`<${tag} tool="jasper" sections="all"></${tag}>`));
    });

    it('should show the characters as text and create no element from them', () => {
      expect(text(part(el, '[part="header"] [role="heading"]'))).to.equal(evil);
      expect(text(part(el, '[part="answer"]'))).to.equal(evil);
      expect(text(part(el, '[part="summary"]'))).to.equal(evil);
      expect(text(part(el, 'tbody th'))).to.equal(evil);
      expect(text(part(el, '[part="sources"] blockquote'))).to.equal(evil);
      expect(text(part(el, '.caveat'))).to.equal(evil);
      expect(text(part(el, '[part="faq"]'))).to.contain(evil);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(document.querySelectorAll('img')).to.have.length(0);
    });

    it('should make no link of a URL that is not https', () => {
      const hrefs = all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs.filter((href) => !href!.startsWith('https://'))).to.deep.equal([]);
      expect(all(el, '[part="header"] a')).to.have.length(0); // officialSite: javascript:
      expect(all(el, '[part="sources"] a')).to.have.length(0);
      expect(text(part(el, '[part="sources"]'))).to.contain('A javascript: link');
      expect(text(part(el, '[part="sources"]'))).to.contain('A plain http link');
    });
  });

  describe('when the page’s own CSS is hostile', () => {
    let style: HTMLStyleElement;

    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = `
        * { line-height: 3 !important; box-sizing: content-box; margin: 20px; }
        table { display: block; }
        html { font-size: 40px; }
        body { direction: rtl; }
        * { letter-spacing: 0.3em; text-transform: uppercase; text-align: right; }
      `;
      document.head.append(style);
    });

    afterEach(() => style.remove());

    it('should keep its own layout: a real table, left to right, its own line height', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="claude" sections="all"></ai-training-verdict>`,
      );
      const table = part(el, 'table');
      expect(getComputedStyle(table).display).to.equal('table');
      const base = part(el, '[part="base"]');
      expect(getComputedStyle(base).direction).to.equal('ltr');
      expect(getComputedStyle(base).textTransform).to.equal('none');
      expect(getComputedStyle(base).letterSpacing).to.equal('normal');
      expect(parseFloat(getComputedStyle(base).lineHeight)).to.be.below(
        2 * parseFloat(getComputedStyle(base).fontSize),
      );
      const footer = getComputedStyle(part(el, '[part="footer"] p'));
      expect([footer.marginTop, footer.marginLeft]).to.deep.equal(['0px', '0px']);
    });

    it('should not overflow a 280 px column', async () => {
      const { el } = await card(
        html`<div style="width: 280px; margin: 0">
          <ai-training-verdict tool="claude" sections="all"></ai-training-verdict>
        </div>`,
      );
      const column = el.parentElement!;
      await nextFrame();
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right);
    });
  });

  describe('when the column is narrow or wide', () => {
    for (const width of [280, 320, 800, 1200]) {
      for (const tool of ['jasper', 'claude', 'ai21']) {
        it(`should fit a ${width} px column without horizontal overflow (${tool}, all sections)`, async () => {
          const { el } = await card(
            html`<div style="width: ${width}px">
              <ai-training-verdict tool=${tool} sections="all"></ai-training-verdict>
            </div>`,
          );
          await nextFrame();
          const base = part(el, '[part="base"]');
          expect(base.getBoundingClientRect().width).to.equal(width);
          expect(base.scrollWidth).to.be.at.most(base.clientWidth);
          for (const child of all(el, '[part="base"] *')) {
            expect(child.getBoundingClientRect().right, child.localName).to.be.at.most(
              base.getBoundingClientRect().right + 0.5,
            );
          }
        });
      }
    }
  });

  describe('when printed', () => {
    afterEach(() => emulateMedia({ media: null }));

    it('should show each link’s URL and drop the verdict colours', async () => {
      const { el } = await card(html`<ai-training-verdict tool="jasper"></ai-training-verdict>`);
      await emulateMedia({ media: 'print' });
      const a = part(el, '[part="sources"] a');
      expect(getComputedStyle(a, '::after').content).to.match(
        /attr\(href\)|https:\/\/www\.jasper\.ai\/legal\/terms/,
      );
      expect(getComputedStyle(part(el, '[part~="verdict"]')).backgroundColor).to.equal(
        'rgba(0, 0, 0, 0)',
      );
    });
  });

  describe('when the reader prefers reduced motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: null }));

    it('should have no transitions', async () => {
      const { el } = await card(
        html`<ai-training-verdict tool="claude" tier="Pro"></ai-training-verdict>`,
      );
      const a = part(el, 'a');
      const row = part(el, 'tr[aria-current] > th');
      expect(getComputedStyle(a).transitionDuration).not.to.equal('0s');
      expect(getComputedStyle(row).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(a).transitionDuration).to.equal('0s');
      expect(getComputedStyle(row).transitionDuration).to.equal('0s');
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
