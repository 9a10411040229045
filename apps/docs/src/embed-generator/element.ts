/**
 * `<docs-embed-generator>`: pick a tool, sections, tier, theme, language and variant, see the card,
 * copy the snippet. This file holds the element: its choices, what a change of choice sets off
 * (fetching the static card, pre-rendering the card), and the page it draws. The rest, by job:
 *
 *   form.ts       the options form, which writes the choices
 *   snippet.ts    the snippet the choices give (the text itself is src/snippets.js's)
 *   preview.ts    the sandboxed preview of the snippet
 *   copy.ts       the "Copy snippet" button
 *   languages.ts  the languages offered (the SDK's READER_LOCALES)
 *   styles.ts     the stylesheet
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { exampleTool } from '../examples.js';
import { PLATFORMS, VARIANTS, type Variant } from '../platforms.js';
import { prerenderCard } from '../prerender.js';
import { elementTag, type ElementOptions, type SiteInfo } from '../snippets.js';
import { copySnippet } from './copy.js';
import { optionsForm } from './form.js';
import { fitPreview, isLocalAddress, preview, previewDocument } from './preview.js';
import { elementOptions, snippetFor, staticFile, type Choices } from './snippet.js';
import { generatorStyles } from './styles.js';

/** A section token of the element's `sections` attribute, with what it shows. */
export interface SectionOption {
  readonly id: string;
  readonly label: string;
}

export class DocsEmbedGenerator extends LitElement implements Choices {
  static override styles = generatorStyles;

  static override properties = {
    site: { attribute: false },
    sections: { attribute: false },
    defaultSections: { attribute: false },
    base: { type: String },
    platform: { state: true },
    variant: { state: true },
    tool: { state: true },
    tools: { state: true },
    chosenSections: { state: true },
    tier: { state: true },
    theme: { state: true },
    language: { state: true },
    headingLevel: { state: true },
    darkPage: { state: true },
    staticCard: { state: true },
    prerendered: { state: true },
    copied: { state: true },
  };

  /** Versions, hash, URLs and tools, from site.json. */
  declare site: SiteInfo;
  /** The element's section tokens. */
  declare sections: readonly SectionOption[];
  /** The tokens the element shows when `sections` is absent. */
  declare defaultSections: readonly string[];
  /** Where this site serves cdn/ and static/; defaults to the document's base URL. */
  declare base: string | undefined;

  /** Where the snippet goes (PLATFORMS): it decides which variants are offered. */
  declare platform: string;
  declare variant: Variant;
  declare tool: string;
  declare tools: string[];
  declare chosenSections: string[];
  declare tier: string;
  declare theme: 'auto' | 'light' | 'dark';
  declare language: string;
  declare headingLevel: number;
  declare darkPage: boolean;
  declare staticCard: string;
  /** The card pre-rendered for the choices made, which the card's snippet carries. */
  declare prerendered: string;
  /** The copy button's status line. */
  declare copied: string;

  /** The preview frame's reports of its height (see preview.ts). */
  #onMessage = (event: MessageEvent): void => {
    fitPreview(this.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview'), event);
  };

  constructor() {
    super();
    this.sections = [];
    this.defaultSections = [];
    this.platform = PLATFORMS[0]!.id;
    this.variant = 'card';
    this.tool = '';
    this.tools = [];
    this.chosenSections = [];
    this.tier = '';
    this.theme = 'auto';
    this.language = 'en';
    this.headingLevel = 3;
    this.darkPage = false;
    this.staticCard = '';
    this.prerendered = '';
    this.copied = '';
  }

  /** Absolute URL of a file this site serves (cdn/…, static/…). */
  #local(path: string): string {
    return new URL(path, this.base ?? document.baseURI).href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('site') && this.site) {
      // The site's example tool, picked from the dataset.
      if (!this.tool && this.site.tools.length) this.tool = exampleTool(this.site).id;
      if (!this.tools.length) this.tools = this.site.tools.map((t) => t.id);
    }
    if (changed.has('defaultSections')) this.chosenSections = [...this.defaultSections];
    if (changed.has('tool')) this.tier = '';
    if (
      (changed.has('tool') || changed.has('variant') || changed.has('language')) &&
      this.variant === 'static-card'
    ) {
      void this.#loadStaticCard();
    }
    if (
      this.variant === 'card' &&
      ['variant', 'tool', 'chosenSections', 'tier', 'language', 'headingLevel'].some((key) =>
        changed.has(key as keyof DocsEmbedGenerator),
      )
    ) {
      void this.#prerender();
    }
    if (
      changed.has('variant') ||
      changed.has('tool') ||
      changed.has('tools') ||
      changed.has('chosenSections') ||
      changed.has('tier') ||
      changed.has('theme') ||
      changed.has('language') ||
      changed.has('headingLevel')
    ) {
      this.copied = '';
    }
  }

  /** The static card is the built file itself, fetched from this site's copy of static/. */
  async #loadStaticCard(): Promise<void> {
    this.staticCard = '';
    const file = staticFile(this.site, this.tool, this.language, 'card');
    if (!file) return;
    const response = await fetch(this.#local(`static/${file}`));
    const text = response.ok ? await response.text() : '';
    if (file === staticFile(this.site, this.tool, this.language, 'card')) {
      this.staticCard = text.trim();
    }
  }

  /**
   * The card the chosen options give, drawn by the element in this page, for the snippet to carry
   * (`prerenderCard`); an answer for earlier choices is dropped, and a card that cannot be drawn
   * leaves the snippet with its link alone.
   */
  async #prerender(): Promise<void> {
    this.prerendered = '';
    const tag = elementTag(this.site, { ...this.options, prerendered: '' });
    const card = await prerenderCard(tag).catch(() => '');
    if (tag === elementTag(this.site, { ...this.options, prerendered: '' }))
      this.prerendered = card;
  }

  /** The options the chosen variant uses. */
  get options(): ElementOptions {
    return elementOptions(this, this.defaultSections, this.prerendered);
  }

  /** The exact text a blogger pastes for the current choices. */
  get snippet(): string {
    if (!this.site) return '';
    return snippetFor({
      site: this.site,
      choices: this,
      options: this.options,
      staticCard: this.staticCard,
      embedPageUrl: () => this.#embedPageUrl(),
    });
  }

  /**
   * The embed page's address on this site. jsDelivr and unpkg serve .html as text/plain, so an
   * iframe needs a host that serves it as a page: this docs site once deployed, or your own.
   */
  #embedPageUrl(): string {
    return this.#local(`static/${staticFile(this.site, this.tool, this.language, 'embed')}`);
  }

  protected override render() {
    if (!this.site) return nothing;
    const variant = VARIANTS.find((v) => v.id === this.variant) ?? VARIANTS[0];
    const isCard = this.variant === 'card';
    const snippet = this.snippet;
    // Tall enough for the whole snippet at the usual column width, wrapped lines included.
    const lines = snippet
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 72)), 0);
    return html`<div class="layout">
      ${optionsForm(this)}
      <div class="output">
        <h3><label for="snippet">Snippet to paste</label></h3>
        ${
          this.variant === 'iframe' && isLocalAddress(this.base ?? document.baseURI)
            ? html`<p class="note">
                This is a local build, so the iframe points at <code>localhost</code>. Host
                <a href=${this.#embedPageUrl()} target="_blank" rel="noopener">this page</a> on your
                site (or use this docs site's public address) and change <code>src</code>: jsDelivr
                serves .html files as plain text, not as pages.
              </p>`
            : nothing
        }
        ${
          isCard
            ? html`<p class="hint">
                The snippet holds the card's HTML, drawn by the element for these choices (in a
                <code>&lt;template shadowrootmode&gt;</code>), so the card shows before the script
                runs, and where scripts are stripped, and the page does not move when it loads.
              </p>`
            : nothing
        }
        ${
          this.variant === 'static-card'
            ? html`<p class="hint">
                Inline styles only: no <code>&lt;style&gt;</code>, no script. Where a platform also
                strips <code>style</code> (GitHub does), the card stays readable, unstyled.
              </p>`
            : nothing
        }
        <textarea
          id="snippet"
          readonly
          spellcheck="false"
          rows=${Math.min(Math.max(lines + 1, 4), 22)}
          .value=${snippet}
          @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
        ></textarea>
        <div class="copy">
          <button type="button" @click=${this.#copy}>Copy snippet</button>
          <span role="status" aria-live="polite">${this.copied}</span>
        </div>
        <h3 id="preview-title">Preview</h3>
        ${preview(variant.format, snippet, () =>
          previewDocument(this.site, snippet, (path) => this.#local(path), this.darkPage),
        )}
      </div>
    </div>`;
  }

  async #copy(): Promise<void> {
    this.copied = await copySnippet(this.snippet, this.renderRoot.querySelector('textarea'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
  }
}

if (!customElements.get('docs-embed-generator')) {
  customElements.define('docs-embed-generator', DocsEmbedGenerator);
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-embed-generator': DocsEmbedGenerator;
  }
}
