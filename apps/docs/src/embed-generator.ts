/**
 * `<docs-embed-generator>`: pick a tool, sections, tier, theme, language and variant, see the card,
 * copy the snippet. The preview of an HTML snippet is the snippet itself in a fresh document (an
 * iframe), with only the jsDelivr URLs pointed at this site's copies of the same files, so what you
 * see is what the snippet does on a blog: no Storybook, no bundler, the CDN build and its integrity
 * check. That iframe is sandboxed without `allow-same-origin`: the snippet carries record text, and
 * whatever it held would run in an origin of its own, never this site's. A snippet that is not HTML
 * (Markdown) is previewed as the text it is.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { exampleTool } from './examples.js';
// The interface languages the element ships: the SDK's list, each named in itself.
import { LANGUAGES } from './languages.js';
import { PLATFORMS, VARIANTS } from './platforms.js';
import { prerenderCard } from './prerender.js';
import {
  badgeHtml,
  badgeMarkdown,
  elementTag,
  embedFiles,
  embedSnippet,
  iframeSnippet,
  linkText,
  scriptTags,
  type ElementOptions,
  type SiteInfo,
} from './snippets.js';

export { PLATFORMS, VARIANTS };
export type Variant = (typeof VARIANTS)[number]['id'];

/**
 * The preview frame's sandbox: scripts run (the card is a script), in an opaque origin of their own
 * (no `allow-same-origin`), and a link the reader clicks opens a normal tab.
 */
export const PREVIEW_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** A section token of the element's `sections` attribute, with what it shows. */
export interface SectionOption {
  readonly id: string;
  readonly label: string;
}

/** Page text around a compact badge, as a blogger would write it. */
const SENTENCE_BEFORE = 'Does it train on what you type?';

export class DocsEmbedGenerator extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      font-size: 15px;
      line-height: 1.5;
      color: #1f1f1f;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 720px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    form {
      display: grid;
      gap: 1rem;
      padding: 1rem;
      border: 1px solid #d0d5dd;
      border-radius: 8px;
      background: #f8f9fb;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      display: grid;
      gap: 0.25rem;
    }
    legend,
    label.title {
      font-weight: 600;
      padding: 0 0 0.25rem;
    }
    select {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      padding: 0.3rem;
    }
    .check {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
    }
    .hint {
      color: #5f6368;
      font-size: 0.875em;
      margin: 0;
    }
    .output {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    .preview {
      box-sizing: border-box;
      width: 100%;
      border: 1px solid #d0d5dd;
      border-radius: 8px;
      height: 24rem;
      background: #fff;
    }
    pre.preview {
      height: auto;
      margin: 0;
      padding: 0.75rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      font:
        13px/1.45 ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace;
      padding: 0.75rem;
      border: 1px solid #d0d5dd;
      border-radius: 8px;
      background: #fff;
      color: #1f1f1f;
      resize: vertical;
    }
    .copy {
      display: flex;
      gap: 0.75rem;
      align-items: center;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.4rem 1rem;
      border-radius: 6px;
      border: 1px solid #0b57d0;
      background: #0b57d0;
      color: #fff;
      cursor: pointer;
    }
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    textarea:focus-visible {
      outline: 2px solid #0b57d0;
      outline-offset: 2px;
    }
    .note {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #b06000;
      background: #fef7e0;
    }
  `;

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
  declare copied: string;

  /** The preview frame's reports of its height (see #previewDocument). */
  #onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview');
    const height = (event.data as { previewHeight?: unknown } | null)?.previewHeight;
    if (!frame || event.source !== frame.contentWindow || typeof height !== 'number') return;
    // The frame's own number, from a document that may hold anything: kept within bounds.
    frame.style.height = `${Math.min(Math.max(Math.ceil(height), 120), 4000)}px`;
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
    const file = embedFiles(this.site, this.tool, this.language)?.card;
    if (!file) return;
    const response = await fetch(this.#local(`static/${file}`));
    const text = response.ok ? await response.text() : '';
    if (file === embedFiles(this.site, this.tool, this.language)?.card) {
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
    const variant = this.variant === 'compact' || this.variant === 'table' ? this.variant : 'card';
    return {
      variant,
      tool: this.tool,
      tools: this.tools,
      // The element's default set needs no attribute.
      sections:
        variant === 'card' && !this.#isDefaultSections(this.chosenSections)
          ? this.chosenSections
          : [],
      tier: variant === 'table' ? '' : this.tier,
      theme: this.theme,
      lang: this.language,
      headingLevel: variant === 'card' ? this.headingLevel : 3,
      prerendered: variant === 'card' ? this.prerendered : '',
    };
  }

  /** The exact text a blogger pastes for the current choices. */
  get snippet(): string {
    if (!this.site) return '';
    switch (this.variant) {
      case 'badge-markdown':
        return badgeMarkdown(this.site, this.tool, this.language);
      case 'badge-html':
        return badgeHtml(this.site, this.tool, this.language);
      case 'static-card':
        return this.staticCard;
      case 'link':
        return linkText(this.site, this.tool, this.language);
      case 'iframe':
        return iframeSnippet(this.site, this.tool, this.#embedPageUrl(), this.language);
      case 'compact':
        return `${scriptTags(this.site, this.tool)}\n<p>${SENTENCE_BEFORE} ${elementTag(this.site, this.options)}.</p>`;
      default:
        return embedSnippet(this.site, this.options);
    }
  }

  /**
   * The embed page's address on this site. jsDelivr and unpkg serve .html as text/plain, so an
   * iframe needs a host that serves it as a page: this docs site once deployed, or your own.
   */
  #embedPageUrl(): string {
    return this.#local(`static/${embedFiles(this.site, this.tool, this.language)?.embed ?? ''}`);
  }

  get #isLocalSite(): boolean {
    const { hostname } = new URL(this.base ?? document.baseURI);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  }

  /** The snippet as a page, with the jsDelivr URLs pointed at this site's copies of the files. */
  #previewDocument(): string {
    const cdnBase = this.site.cdnUrl.replace(/[^/]+$/, '');
    const snippet = this.snippet
      .split(this.site.staticUrl)
      .join(this.#local('static/'))
      .split(cdnBase)
      .join(this.#local('cdn/'));
    const page = this.darkPage
      ? 'background:#121212;color:#e8e8e8;color-scheme:dark'
      : 'background:#fff;color:#1f1f1f';
    // The frame has an origin of its own, so this page cannot measure it: the frame's document
    // posts the height of its body (not of the document, which never shrinks below the frame).
    const fit = `<script>new ResizeObserver(() => parent.postMessage({ previewHeight: document.body.getBoundingClientRect().height }, '*')).observe(document.body);</script>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:16px;font:16px/1.6 Georgia,serif;${page}">\n${snippet}\n${fit}</body></html>`;
  }

  protected override render() {
    if (!this.site) return nothing;
    const variant = VARIANTS.find((v) => v.id === this.variant) ?? VARIANTS[0];
    const usesElement = variant.script;
    const platform = PLATFORMS.find((p) => p.id === this.platform) ?? PLATFORMS[0]!;
    const isCard = this.variant === 'card';
    const isTable = this.variant === 'table';
    const tool = this.site.tools.find((t) => t.id === this.tool);
    // Tall enough for the whole snippet at the usual column width, wrapped lines included.
    const lines = this.snippet
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 72)), 0);
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        <label class="title" for="platform">Where does it go?</label>
        <select id="platform" @change=${this.#choosePlatform}>
          ${PLATFORMS.map(
            (p) =>
              html`<option value=${p.id} ?selected=${p.id === this.platform}>${p.label}</option>`,
          )}
        </select>
        <p class="hint">${platform.how}</p>
        <label class="title" for="variant">Variant</label>
        <select id="variant" @change=${(e: Event) => (this.variant = this.#value(e) as Variant)}>
          ${VARIANTS.filter((v) => platform.variants.includes(v.id)).map(
            (v) =>
              html`<option value=${v.id} ?selected=${v.id === this.variant}>${v.label}</option>`,
          )}
        </select>
        ${
          isTable
            ? html`<fieldset>
                <legend>Tools</legend>
                ${this.site.tools.map(
                  (t) =>
                    html`<label class="check"
                      ><input
                        type="checkbox"
                        .checked=${this.tools.includes(t.id)}
                        @change=${(e: Event) => this.#toggleTool(t.id, e)}
                      />${t.name}</label
                    >`,
                )}
              </fieldset>`
            : html`<label class="title" for="tool">Tool</label>
                <select id="tool" @change=${(e: Event) => (this.tool = this.#value(e))}>
                  ${this.site.tools.map(
                    (t) =>
                      html`<option value=${t.id} ?selected=${t.id === this.tool}>
                        ${t.name}
                      </option>`,
                  )}
                </select>`
        }
        ${
          isCard
            ? html`<fieldset>
                  <legend>Sections</legend>
                  <p class="hint">The card keeps its own order, whatever you tick.</p>
                  ${this.sections.map(
                    (s) =>
                      html`<label class="check"
                        ><input
                          type="checkbox"
                          name="section"
                          value=${s.id}
                          .checked=${this.chosenSections.includes(s.id)}
                          @change=${(e: Event) => this.#toggleSection(s.id, e)}
                        />${s.label}</label
                      >`,
                  )}
                </fieldset>
                <label class="title" for="heading">Heading level</label>
                <select
                  id="heading"
                  @change=${(e: Event) => (this.headingLevel = Number(this.#value(e)))}
                >
                  ${[2, 3, 4, 5, 6].map(
                    (n) =>
                      html`<option value=${n} ?selected=${n === this.headingLevel}>
                        h${n}${n === 3 ? ' (default)' : ''}
                      </option>`,
                  )}
                </select>`
            : nothing
        }
        ${
          isCard || this.variant === 'compact'
            ? html`<label class="title" for="tier">
                  ${isCard ? 'Highlight a tier' : 'Show one tier'}
                </label>
                <select id="tier" @change=${(e: Event) => (this.tier = this.#value(e))}>
                  <option value="" ?selected=${!this.tier}>
                    ${isCard ? 'None' : 'None: the headline verdict'}
                  </option>
                  ${(tool?.tiers ?? []).map(
                    (t) =>
                      html`<option value=${t.id} ?selected=${t.id === this.tier}>
                        ${t.label}
                      </option>`,
                  )}
                </select>`
            : nothing
        }
        ${
          usesElement
            ? html`<label class="title" for="theme">Theme</label>
                <select
                  id="theme"
                  @change=${(e: Event) => (this.theme = this.#value(e) as 'auto' | 'light' | 'dark')}
                >
                  ${(['auto', 'light', 'dark'] as const).map(
                    (t) =>
                      html`<option value=${t} ?selected=${t === this.theme}>
                        ${
                          t === 'auto'
                            ? 'Auto: follows the page (default)'
                            : t === 'light'
                              ? 'Light: its own light background'
                              : 'Dark: its own dark background'
                        }
                      </option>`,
                  )}
                </select>`
            : nothing
        }
        <label class="title" for="lang">Language</label>
        <select id="lang" @change=${(e: Event) => (this.language = this.#value(e))}>
          ${LANGUAGES.map(
            (l) =>
              html`<option value=${l.id} ?selected=${l.id === this.language}>${l.label}</option>`,
          )}
        </select>
        <p class="hint">
          ${
            usesElement
              ? html`Sets <code>lang</code> on the element. Leave it on English to follow the
                  <code>lang</code> of your page instead.`
              : 'The interface words; record text stays in English.'
          }
        </p>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.darkPage}
            @change=${(e: Event) => (this.darkPage = (e.target as HTMLInputElement).checked)}
          />Preview on a dark page</label
        >
      </form>
      <div class="output">
        <h3><label for="snippet">Snippet to paste</label></h3>
        ${
          this.variant === 'iframe' && this.#isLocalSite
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
          .value=${this.snippet}
          @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
        ></textarea>
        <div class="copy">
          <button type="button" @click=${this.#copy}>Copy snippet</button>
          <span role="status" aria-live="polite">${this.copied}</span>
        </div>
        <h3 id="preview-title">Preview</h3>
        ${
          variant.format === 'html'
            ? html`<iframe
                class="preview"
                title="Preview of the snippet"
                sandbox=${PREVIEW_SANDBOX}
                .srcdoc=${this.#previewDocument()}
              ></iframe>`
            : html`<pre class="preview" aria-labelledby="preview-title">${this.snippet}</pre>
                <p class="hint">
                  ${variant.format === 'markdown' ? 'Markdown' : 'Text'}: what it shows depends on
                  where you paste it, so here it is as text.
                </p>`
        }
      </div>
    </div>`;
  }

  #isDefaultSections(chosen: readonly string[]): boolean {
    return (
      chosen.length === this.defaultSections.length &&
      this.defaultSections.every((token) => chosen.includes(token))
    );
  }

  /** A platform offers the variants that work there; its first is chosen unless one still fits. */
  #choosePlatform(event: Event): void {
    this.platform = this.#value(event);
    const platform = PLATFORMS.find((p) => p.id === this.platform) ?? PLATFORMS[0]!;
    if (!platform.variants.includes(this.variant)) this.variant = platform.variants[0]!;
  }

  #value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  #toggleSection(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const chosen = new Set(this.chosenSections);
    if (on) chosen.add(id);
    else chosen.delete(id);
    // Keep the element's documented order, so the snippet is stable whatever the click order.
    this.chosenSections = this.sections.map((s) => s.id).filter((s) => chosen.has(s));
  }

  #toggleTool(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const chosen = new Set(this.tools);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.tools = this.site.tools.map((t) => t.id).filter((t) => chosen.has(t));
  }

  async #copy(): Promise<void> {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an embedded frame, an old browser): select it for Ctrl+C.
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
      this.copied = 'Selected: press Ctrl+C (⌘C) to copy.';
      return;
    }
    this.copied = 'Copied to the clipboard.';
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
