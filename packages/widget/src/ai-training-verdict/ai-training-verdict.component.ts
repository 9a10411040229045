// In this order (Lit, base.js, then the SDK) the CDN build lays the SDK's modules out after Lit,
// beside the interface text base.js brings, where gzip finds more of their words: a smaller entry.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { VerdictElement, type Loaded, type Renderer, type Wants } from '../internal/base.js';
import { findTier, isStale } from '@ai-training-verdict/sdk/record';
import {
  CARD_SECTIONS,
  DEFAULT_SECTIONS,
  framedCard,
  headingLevel,
  parseSections,
  SECTION_DOCS,
  SECTION_TOKENS,
  type SectionToken,
} from '../internal/card.js';
import { dateFormatter, fill } from '../internal/i18n.js';
import type { LoadedTool } from '../internal/loaded.js';
import { alertIcon } from '../internal/templates.js';
import { failureKit } from '../internal/warn.js';
import styles from './ai-training-verdict.styles.js';

// Re-exported so that importing the class alone also brings the events' types and their
// GlobalEventHandlersEventMap entries.
export type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
export type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';

export { DEFAULT_SECTIONS, SECTION_DOCS, SECTION_TOKENS, type SectionToken };

// Each optional section is also a part named by its token, and the `sections` attribute takes the
// tokens of SECTION_TOKENS: the manifest (custom-elements-manifest.config.mjs) lists both from
// SECTION_DOCS, so neither list is typed here.

/**
 * @summary A card that says whether an AI tool trains on your data: the short answer, a verdict for
 * each plan or audience, and the sources behind it. With `compact`, a badge for running text.
 *
 * @event {AiTrainingVerdictLoadEvent} ai-training-verdict-load - The card for `tool` is on screen.
 *   `detail`: `{ tool, record, renamedFrom? }`. Bubbles, composed.
 * @event {AiTrainingVerdictErrorEvent} ai-training-verdict-error - No card can be shown.
 *   `detail`: `{ tool, reason: 'unknown-tool' | 'load-failed', suggestions, error }`. Bubbles, composed.
 *
 * @slot - Fallback content, such as a plain link to the tool's terms. Shown before the element has
 *   loaded, while the record loads and whenever no card can be shown; never beside a card. A card
 *   pre-rendered in the page's HTML (a declarative shadow root, as the embed generator's snippet
 *   has) stands in front of it until the record loads, and then gives way to the live card.
 *
 * @csspart base - The card, the compact badge, or the box of a loading or failed card.
 * @csspart header - The tool's name, vendor, category and official site.
 * @csspart title - The tool's name.
 * @csspart badges - The row of headline badges.
 * @csspart badge - Each headline badge: the verdict, the opt-out and the ZDR / DPA badge.
 * @csspart verdict - Every verdict pill (icon and words): the headline's and each tier's.
 * @csspart answer - The one-sentence answer.
 * @csspart summary - The paragraph with the facts behind the answer.
 * @csspart stale - The "may be out of date" note.
 * @csspart table - The table of verdicts per plan or audience.
 * @csspart sources - The list of sources.
 * @csspart footer - Last verified, confidence, caveat, disclaimer and the link to the tool's feed.
 * @csspart reverify - Beside a tier whose verdict rests on a source whose quote is gone.
 * @csspart feed - The footer's line linking to the tool's Atom feed of policy changes.
 * @csspart message - What is wrong when no card can be shown.
 * @csspart link - The source link of the compact badge.
 *
 * @cssproperty --atv-font-family - The card's font. Default: the page's.
 * @cssproperty --atv-font-size - The card's base font size. Default: `0.9375em`.
 * @cssproperty --atv-line-height - Default: `1.5`.
 * @cssproperty --atv-color - Text colour. Default: the page's (`CanvasText` with `theme`).
 * @cssproperty --atv-background - Background. Default: `transparent` (`Canvas` with `theme`).
 * @cssproperty --atv-padding - Space inside the card's border. Default: `1em 1.25em`.
 * @cssproperty --atv-radius - The card's corner radius. Default: `0.5em`.
 * @cssproperty --atv-border-color - Borders and rules. Default: the text colour at 25%.
 * @cssproperty --atv-muted-color - Secondary text. Default: the text colour at 80%.
 * @cssproperty --atv-link-color - Links. Default: the text colour (links are always underlined).
 * @cssproperty --atv-highlight-background - The row picked by `tier`. Default: the text colour at 8%.
 * @cssproperty --atv-loading-min-height - Height reserved while the record loads. Default: `20em`.
 * @cssproperty --atv-danger-color - Text of "trains" verdicts; with `--atv-danger-background`.
 * @cssproperty --atv-danger-background - Background of "trains" verdicts.
 * @cssproperty --atv-warning-color - Text of "trains unless you opt out" and "depends" verdicts.
 * @cssproperty --atv-warning-background - Background of those verdicts.
 * @cssproperty --atv-ok-color - Text of "no training" and "only if you opt in" verdicts.
 * @cssproperty --atv-ok-background - Background of those verdicts.
 * @cssproperty --atv-neutral-color - Text of "unclear" and "not known" verdicts.
 * @cssproperty --atv-neutral-background - Background of those verdicts.
 */
export class AiTrainingVerdict extends VerdictElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    ...VerdictElement.properties,
    tool: {},
    sections: {},
    tier: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    compact: { type: Boolean, reflect: true },
  };

  /** Id of the tool to show, e.g. `jasper`. Case-insensitive; renamed ids lead to the new record. */
  declare tool: string | undefined;

  /**
   * Which parts the card shows, as space-separated tokens in any order (the card keeps its own
   * order): the tokens of `SECTION_TOKENS`, or `all`. Default: `answer tiers sources`. The header, the "may be out of date" note and the
   * footer (last verified, confidence, caveat, disclaimer, feed link) are always shown.
   */
  declare sections: string | undefined;

  /** A tier to highlight, by tier id, label or plan name (as the SDK's `resolveTier`), e.g. `Pro`. */
  declare tier: string | undefined;

  /** Level of the card's heading, 1-6 (default 3); its section headings use the levels below it. */
  declare headingLevel: number | undefined;

  /** An inline badge for running text: the tool's name, its verdict and a link to a source. */
  declare compact: boolean;

  /** The `sections` tokens, in the card's order. */
  #tokens: readonly SectionToken[];
  /**
   * The nodes of a declarative shadow root the page's HTML gave the element (a pre-rendered card,
   * as the embed generator's snippet and `static/prerendered/` have): they stay on screen while the
   * record loads, and after, as long as the live card is the same card (see `update`). None (an
   * empty list) once the live card has replaced them; undefined if the page's HTML gave none.
   */
  #prerendered: ChildNode[] | undefined;

  constructor() {
    super();
    this.compact = false;
    this.#tokens = this.#parseSections();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) this.#tokens = this.#parseSections();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.renderOptions.renderBefore = null;
    if (!root.hasChildNodes()) return root;
    // A pre-rendered card: Lit draws off-screen, into a fragment, until its card differs.
    this.#prerendered = [...root.childNodes];
    return document.createDocumentFragment();
  }

  /**
   * Hydration, without Lit's markers. The card the build drew from this very record (its digest in
   * the record chunk, compared with the digest of the pre-rendered card, taken while the record
   * loads), with these options, is the live card as it is: Lit draws nothing (`render`;
   * prerendered.ts, `adopts`). Any other is drawn off-screen and, while it is the same card as the
   * pre-rendered one, the pre-rendered nodes stay on screen as they are: no node is replaced,
   * nothing is laid out again. The first drawing that differs (other data, another language, a
   * message instead of a card) replaces them, in the same frame.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Once the load of what the element shows is drawn, or there is nothing to load.
    const prerendered = this.#prerendered;
    const { loaded } = this.view();
    if (
      prerendered &&
      (loaded || !this.wants().ids.length) &&
      // Without its module (a failed chunk), the live card takes over, as it would if it differed.
      !loaded?.renderers.prerendered?.samePrerendered(prerendered, this.renderRoot)
    ) {
      // Lit's nodes in their place, its markers with them: it goes on drawing there.
      this.shadowRoot!.replaceChildren(this.renderRoot);
      // From now on the same as nothing on screen to give way (and the fragment is empty).
      this.#prerendered = [];
    }
  }

  /** @internal The tool, and the compact badge's or the optional sections' renderer if needed. */
  protected override wants(): Wants {
    const tool = (this.tool ?? '').trim();
    const renderers: Renderer[] = this.compact ? ['compact'] : [];
    // Asked for as long as the element lives, so that giving way to the live card loads nothing.
    if (this.#prerendered) renderers.push('prerendered');
    if (this.#tokens.some((token) => !CARD_SECTIONS.includes(token))) renderers.push('sections');
    return { ids: tool ? [tool] : [], renderers };
  }

  protected override render(): TemplateResult | typeof nothing {
    const { loaded, t } = this.view();
    const outcome = loaded?.outcomes[0];
    if (outcome?.ok) {
      // The compact renderer arrives with the data; without it, the fallback.
      if (!this.compact) {
        // The card the build drew from this record, with these options: kept as it is, not drawn
        // (an empty drawing, which `samePrerendered` takes for it). The module loads only for an
        // element with a pre-rendered card.
        return loaded!.renderers.prerendered?.adopts(this.#prerendered!, loaded!)
          ? nothing
          : this.#renderCard(outcome, loaded!);
      }
      const compact = loaded!.renderers.compact;
      return compact ? compact.renderCompact(outcome.record, this.tier, t) : html`<slot></slot>`;
    }
    const tool = this.wants().ids[0];
    if (!tool) return html`<slot></slot>`;
    const message = !outcome
      ? fill(t.loading, { tool })
      : (loaded?.failures?.message(tool, outcome, t) ?? fill(t.loadFailed, { tool }));
    if (this.compact) {
      // In running text the fallback stands in for the badge; without one, a short message does.
      return html`<span part="base" class="base compact" lang=${t.lang} dir="ltr"
        ><slot>(${message})</slot></span
      >`;
    }
    return html`<div class="frame">
      ${
        !outcome
          ? html`<div
              part="base"
              class="base card loading"
              lang=${t.lang}
              dir="ltr"
              aria-busy="true"
            >
              <slot><p class="muted">${message}</p></slot>
            </div>`
          : html`<div part="base" class="base card" lang=${t.lang} dir="ltr">
              <p part="message" class="message">${alertIcon()} <span>${message}</span></p>
              <slot></slot>
            </div>`
      }
    </div>`;
  }

  /** @internal The card's event, and a warning for a `tier` the record does not have. */
  protected override announce({ outcomes: [outcome] }: Loaded): void {
    if (!outcome) return;
    const { tier } = this;
    if (outcome.ok && tier && !findTier(outcome.record, tier)) {
      void failureKit().then((kit) => kit?.noTier(this.localName, outcome.record, tier));
    }
    this.emit(outcome);
  }

  /** The tokens of `sections`, warning about tokens the card does not know. */
  #parseSections(): readonly SectionToken[] {
    return parseSections(this.sections, (unknown) => {
      void failureKit().then((kit) =>
        kit?.unknownSections(this.localName, unknown, SECTION_TOKENS),
      );
    });
  }

  #renderCard({ record, renamedFrom }: LoadedTool, loaded: Loaded): TemplateResult {
    return framedCard(record, {
      t: loaded.t,
      date: dateFormatter(loaded.lang, loaded.t.lang),
      level: headingLevel(this.headingLevel),
      tokens: this.#tokens,
      stale: isStale(record),
      tier: this.tier,
      renamedFrom,
      sections: loaded.renderers.sections,
    });
  }
}
