import { getTool, UnknownToolError } from '@ai-training-verdict/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { AiTrainingVerdictErrorDetail } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadDetail } from '../events/ai-training-verdict-load.js';
import { VERSION } from '../generated/version.js';
import {
  HEADLINE_VERDICT_LABELS,
  icon,
  SOURCE_KIND_LABELS,
  SOURCE_STATUS_NOTES,
  TIER_VERDICT_LABELS,
  UNKNOWN_VERDICT,
} from '../internal/labels.js';
import {
  displayUrl,
  formatDate,
  isHttpsUrl,
  type Source,
  type Tier,
  type ToolRecord,
} from '../internal/record.js';
import styles from './ai-training-verdict.styles.js';

// Re-exported so that importing the class alone also brings the events' types and their
// GlobalEventHandlersEventMap entries.
export type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
export type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';

/** What the element is showing. One state at a time, so no two of them can render together. */
type View =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly tool: string }
  | { readonly status: 'ready'; readonly tool: string; readonly record: ToolRecord }
  | {
      readonly status: 'unknown-tool';
      readonly tool: string;
      readonly suggestions: readonly string[];
      readonly error: unknown;
    }
  | { readonly status: 'load-failed'; readonly tool: string; readonly error: unknown };

const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/** A vocabulary look-up that a value from a newer (or broken) record cannot turn into `undefined`. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string, fallback: T): T {
  return hasOwn(table, key) ? table[key]! : fallback;
}

/** The ids an `UnknownToolError` suggests, if this SDK version attaches any. */
function suggestionsOf(error: unknown): readonly string[] {
  const suggestions = (error as { suggestions?: unknown } | null)?.suggestions;
  return Array.isArray(suggestions)
    ? suggestions.filter((s): s is string => typeof s === 'string')
    : [];
}

/** "a", "a or b", "a, b or c", each in curly quotes. */
function orList(items: readonly string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * @summary A card that says whether an AI tool trains on your data: the short answer, a verdict for
 * each plan or audience, and the sources behind it.
 *
 * @event {AiTrainingVerdictLoadEvent} ai-training-verdict-load - The card for `tool` has rendered.
 *   `detail`: `{ tool, record }`. Bubbles, composed.
 * @event {AiTrainingVerdictErrorEvent} ai-training-verdict-error - No card can be shown, because the
 *   tool is unknown or its record failed to load. `detail`: `{ tool, reason, suggestions, error }`.
 *   Bubbles, composed.
 *
 * @slot - Fallback content, such as a plain link to the tool's privacy terms. It is shown before the
 *   element has loaded, while the record loads, and whenever no card can be shown; never beside a
 *   card.
 *
 * @csspart base - The card (or the message box when no card can be shown).
 * @csspart header - The tool's name, vendor and category.
 * @csspart badge - The headline verdict, an icon and its label.
 * @csspart answer - The one-sentence answer.
 * @csspart summary - The paragraph with the facts behind the answer.
 * @csspart table - The table of verdicts per plan or audience.
 * @csspart sources - The list of sources.
 * @csspart footer - Last verified, confidence, caveat and disclaimer.
 * @csspart message - What is wrong when no card can be shown.
 *
 * @cssproperty --atv-font-family - The card's font. Default: the page's.
 * @cssproperty --atv-font-size - The card's base font size. Default: `0.9375em`.
 * @cssproperty --atv-line-height - Default: `1.5`.
 * @cssproperty --atv-padding - Space inside the card's border. Default: `1em 1.25em`.
 * @cssproperty --atv-radius - The card's corner radius. Default: `0.5em`.
 * @cssproperty --atv-background - The card's background. Default: `transparent` (the page's).
 * @cssproperty --atv-border-color - Borders and rules. Default: the text colour at 22%.
 * @cssproperty --atv-muted-color - Secondary text. Default: the text colour at 78%.
 * @cssproperty --atv-link-color - Links. Default: the text colour (links are always underlined).
 * @cssproperty --atv-loading-min-height - Height reserved while the record loads. Default: `48em`.
 * @cssproperty --atv-danger-color - Text of "trains" verdicts; with `--atv-danger-background`.
 * @cssproperty --atv-danger-background - Background of "trains" verdicts.
 * @cssproperty --atv-warning-color - Text of "trains unless you opt out" and "depends" verdicts.
 * @cssproperty --atv-warning-background - Background of those verdicts.
 * @cssproperty --atv-ok-color - Text of "does not train" and "only if you opt in" verdicts.
 * @cssproperty --atv-ok-background - Background of those verdicts.
 * @cssproperty --atv-neutral-color - Text of "unclear" and "unknown" verdicts.
 * @cssproperty --atv-neutral-background - Background of those verdicts.
 */
export class AiTrainingVerdict extends LitElement {
  static override styles = styles;

  static override properties = {
    tool: { type: String },
    _view: { state: true },
  };

  /** The version of `@ai-training-verdict/widget` this class comes from. */
  static readonly version: string = VERSION;

  /** Id of the tool to show, e.g. `jasper`. Case-insensitive; renamed ids lead to the new record. */
  declare tool: string | undefined;

  declare private _view: View;

  /** Counts loads, so a slow answer for a previous `tool` never replaces a newer one. */
  #request = 0;

  constructor() {
    super();
    this._view = { status: 'idle' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tool')) this.#load();
  }

  protected override render(): TemplateResult {
    const view = this._view;
    switch (view.status) {
      case 'ready':
        return this.#renderCard(view.record);
      case 'loading':
        return html`<div class="frame">
          <div part="base" class="base loading" aria-busy="true">
            <slot><p class="muted">Loading the AI training verdict for “${view.tool}”…</p></slot>
          </div>
        </div>`;
      case 'unknown-tool':
        return html`<div class="frame">
          <div part="base" class="base card">
            <p part="message" class="message">
              <strong>There is no AI training verdict for “${view.tool}”.</strong>
              ${
                view.suggestions.length > 0
                  ? html`Did you mean ${orList(view.suggestions)}?`
                  : 'Check the name of the tool.'
              }
            </p>
            <slot></slot>
          </div>
        </div>`;
      case 'load-failed':
        return html`<div class="frame">
          <div part="base" class="base card">
            <p part="message" class="message">
              <strong>The AI training verdict for “${view.tool}” could not be loaded.</strong>
              Reloading the page may help.
            </p>
            <slot></slot>
          </div>
        </div>`;
      default:
        return html`<slot></slot>`;
    }
  }

  /**
   * Loads the record for a tool id. The default asks the SDK, which loads only that tool's record
   * and follows redirects; it rejects with `UnknownToolError` for an id the dataset does not have.
   * A subclass may override this to read records from elsewhere.
   */
  protected loadRecord(tool: string): Promise<ToolRecord> {
    return getTool(tool);
  }

  #load(): void {
    const request = ++this.#request;
    const tool = (this.tool ?? '').trim();
    if (!tool) {
      this._view = { status: 'idle' };
      return;
    }
    this._view = { status: 'loading', tool };
    Promise.resolve()
      .then(() => this.loadRecord(tool))
      .then(
        (record): View => ({ status: 'ready', tool, record }),
        (error: unknown): View =>
          error instanceof UnknownToolError || (error as Error | null)?.name === 'UnknownToolError'
            ? { status: 'unknown-tool', tool, suggestions: suggestionsOf(error), error }
            : { status: 'load-failed', tool, error },
      )
      .then((view) => this.#settle(request, view));
  }

  async #settle(request: number, view: View): Promise<void> {
    if (request !== this.#request) return;
    this._view = view;
    await this.updateComplete;
    if (request !== this.#request) return;
    if (view.status === 'ready') {
      this.#emit<AiTrainingVerdictLoadDetail>('ai-training-verdict-load', {
        tool: view.tool,
        record: view.record,
      });
    } else if (view.status === 'unknown-tool' || view.status === 'load-failed') {
      if (view.status === 'unknown-tool') {
        // For the page's author, who is the one person who can fix the attribute.
        console.warn(
          `<ai-training-verdict>: there is no record for tool="${view.tool}".` +
            (view.suggestions.length > 0 ? ` Did you mean ${orList(view.suggestions)}?` : ''),
        );
      } else {
        console.warn(
          `<ai-training-verdict>: the record for tool="${view.tool}" could not be loaded.`,
          view.error,
        );
      }
      this.#emit<AiTrainingVerdictErrorDetail>('ai-training-verdict-error', {
        tool: view.tool,
        reason: view.status,
        suggestions: view.status === 'unknown-tool' ? view.suggestions : [],
        error: view.error,
      });
    }
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
  }

  #renderCard(record: ToolRecord): TemplateResult {
    const headline = lookup(HEADLINE_VERDICT_LABELS, record.headline.verdict, UNKNOWN_VERDICT);
    return html`<div class="frame">
      <article part="base" class="base card" aria-labelledby="title">
        <header part="header" class="header">
          <h3 id="title" class="title" lang="en">${record.name}</h3>
          <p class="meta" lang="en">
            by ${record.vendor}${record.category ? html` · ${record.category}` : nothing}
          </p>
        </header>
        <p part="badge" class="pill tone-${headline.tone}">
          ${icon(headline.icon)}<span>${headline.label}</span>
        </p>
        <p part="answer" class="answer" lang="en">${record.headline.shortAnswer}</p>
        <p part="summary" class="summary" lang="en">${record.headline.summary}</p>
        ${this.#renderTable(record)} ${this.#renderSources(record.sources)}
        ${this.#renderFooter(record)}
      </article>
    </div>`;
  }

  #renderTable(record: ToolRecord): TemplateResult {
    return html`<table part="table">
      <caption>
        Does
        <span lang="en">${record.name}</span>
        train on your data? By plan or audience
      </caption>
      <thead>
        <tr>
          <th scope="col">Plan or audience</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        ${record.tiers.map((tier) => this.#renderTier(tier))}
      </tbody>
    </table>`;
  }

  #renderTier(tier: Tier): TemplateResult {
    const verdict = lookup(TIER_VERDICT_LABELS, tier.verdict, UNKNOWN_VERDICT);
    return html`<tr>
      <th scope="row" lang="en">${tier.label}</th>
      <td>
        <span class="pill tone-${verdict.tone}"
          >${icon(verdict.icon)}<span>${verdict.label}</span></span
        >
        <span class="detail" lang="en">${tier.detail}</span>
        ${
          tier.since
            ? html`<span class="since"
                >Since <time datetime=${tier.since}>${formatDate(tier.since)}</time></span
              >`
            : nothing
        }
      </td>
    </tr>`;
  }

  #renderSources(sources: readonly Source[]): TemplateResult {
    return html`<section part="sources" class="sources" aria-labelledby="sources-title">
      <h4 id="sources-title" class="section-title">Sources</h4>
      <ol>
        ${sources.map((source) => this.#renderSource(source))}
      </ol>
    </section>`;
  }

  #renderSource(source: Source): TemplateResult {
    const url = isHttpsUrl(source.url) ? source.url : undefined;
    const title = source.document ?? (source.url ? displayUrl(source.url) : source.id);
    const kind = source.kind ? lookup(SOURCE_KIND_LABELS, source.kind, '') : '';
    const note = source.status ? lookup(SOURCE_STATUS_NOTES, source.status, undefined) : undefined;
    return html`<li>
      ${
        url
          ? html`<a href=${url} rel="noopener noreferrer" target="_blank" lang="en"
              >${title}<span class="visually-hidden"> (opens in a new tab)</span></a
            >`
          : html`<span lang="en">${title}</span>`
      }
      ${kind ? html`<span class="kind">(${kind})</span>` : nothing}
      ${
        source.quote
          ? html`<blockquote lang="en" cite=${url ?? nothing}>${source.quote}</blockquote>`
          : nothing
      }
      ${
        source.supports ? html`<p>Supports: <span lang="en">${source.supports}</span></p>` : nothing
      }
      ${
        source.published || source.retrieved
          ? html`<p class="muted">
              ${
                source.published
                  ? html`Published
                      <time datetime=${source.published}>${formatDate(source.published)}</time>`
                  : nothing
              }${source.published && source.retrieved ? ' · ' : nothing}${
                source.retrieved
                  ? html`Retrieved
                      <time datetime=${source.retrieved}>${formatDate(source.retrieved)}</time>`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${note ? html`<p>${note}</p>` : nothing}
    </li>`;
  }

  #renderFooter(record: ToolRecord): TemplateResult {
    return html`<footer part="footer" class="footer">
      <p>
        ${
          record.lastVerified
            ? html`Last verified
                <time datetime=${record.lastVerified}>${formatDate(record.lastVerified)}</time>`
            : 'Not verified yet'
        }
        · Confidence: ${record.confidence ?? 'not stated'}
      </p>
      ${record.caveat ? html`<p class="caveat" lang="en">${record.caveat}</p>` : nothing}
      <p class="disclaimer">
        This card summarises the vendor's published documents. It is not legal advice: check the
        sources before you rely on it.
      </p>
    </footer>`;
  }
}
