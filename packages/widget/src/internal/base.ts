/**
 * What `<ai-training-verdict>` and `<ai-training-table>` share: the `src` and `theme` attributes, the
 * interface language, the data seam and the events. Not an element of its own.
 */
import { ReactiveBase, type PropertyDeclarations, type PropertyValues } from './reactive.js';
import type { AiTrainingVerdictErrorDetail } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadDetail } from '../events/ai-training-verdict-load.js';
import { VERSION } from '../generated/version.js';
import { dateFormatter, langOf, orList, stringsFor, type Strings } from './i18n.js';
import { loadTool, type LoadedTool, type LoadOptions } from './loader.js';
import en from '../locales/en.js';

/** Why a tool cannot be shown. */
export type Failure =
  | {
      readonly reason: 'unknown-tool';
      readonly suggestions: readonly string[];
      readonly error: unknown;
    }
  | {
      readonly reason: 'load-failed';
      readonly suggestions: readonly string[];
      readonly error: unknown;
    };

/** True for the SDK's `UnknownToolError`, from any copy of the SDK (the CDN build has its own). */
const isUnknownTool = (error: unknown): boolean =>
  (error as Error | null)?.name === 'UnknownToolError';

export abstract class VerdictElement extends ReactiveBase {
  static override properties: PropertyDeclarations = {
    src: {},
    theme: { reflect: true },
    _lang: { attribute: 'lang' },
    _t: { state: true },
  };

  /** The version of `@ai-training-verdict/widget` this class comes from. */
  static readonly version: string = VERSION;

  /**
   * URL of a pinned data release (`data.json` of `@ai-training-verdict/data`) to read instead of the
   * bundled data. The release is validated before anything is shown; if it cannot be loaded or is
   * invalid, the element shows its "could not be loaded" state, never the bundled data instead.
   */
  declare src: string | undefined;

  /**
   * `auto` (default): no background of its own, the page's text colour, and verdict colours that
   * follow the page's `color-scheme`. `light` or `dark`: a card with its own background and text
   * colour in that scheme.
   */
  declare theme: 'auto' | 'light' | 'dark' | undefined;

  /** @internal Observed only so that a change of the element's own `lang` re-renders it. */
  declare private _lang: string | undefined;

  /** @internal The interface text in the current language. */
  declare protected _t: Strings;

  /** @internal The `lang` tag in effect when the text was last chosen. */
  protected _tag = '';

  /** @internal Formats record dates for the current language. */
  protected _date: (iso: string) => string = dateFormatter('en', 'en');

  #controller: AbortController | undefined;

  constructor() {
    super();
    this._t = en;
  }

  /**
   * Where records come from. The default reads the bundled data (one chunk per tool) or the `src`
   * release through the widget's loader. A subclass may read them from elsewhere, such as a CMS
   * preview; it must resolve with a validated record or reject like the loader does.
   */
  protected load(tool: string, options: LoadOptions): Promise<LoadedTool> {
    return loadTool(tool, options);
  }

  /** @internal True when the element must load again because `lang` or a data attribute changed. */
  protected _langChanged(): boolean {
    return langOf(this) !== this._tag;
  }

  /** @internal Aborts the previous load and returns the signal for a new one. */
  protected _restart(): AbortSignal {
    this.#controller?.abort();
    this.#controller = new AbortController();
    return this.#controller.signal;
  }

  /** @internal The text for the current `lang` (English if that language's module fails to load). */
  protected async _strings(): Promise<Strings> {
    const tag = langOf(this);
    const strings = await Promise.resolve(stringsFor(tag)).catch(() => en);
    this._tag = tag;
    this._date = dateFormatter(tag, strings.lang);
    return strings;
  }

  /** @internal Turns a rejected load into what the element shows. */
  protected _failure(error: unknown): Failure {
    return isUnknownTool(error)
      ? {
          reason: 'unknown-tool',
          suggestions: (error as { suggestions?: readonly string[] }).suggestions ?? [],
          error,
        }
      : { reason: 'load-failed', suggestions: [], error };
  }

  /** @internal Says why a tool is missing, in the console for the page's author and as an event. */
  protected _reportFailure(tool: string, failure: Failure): void {
    const tag = this.localName;
    console.warn(
      failure.reason === 'unknown-tool'
        ? `<${tag}>: there is no record for the tool "${tool}".` +
            (failure.suggestions.length > 0
              ? ` Did you mean ${orList(failure.suggestions, 'en')}?`
              : '')
        : `<${tag}>: the record for the tool "${tool}" could not be loaded${
            this.src ? ` from ${this.src}` : ''
          }.`,
      ...(failure.reason === 'load-failed' ? [failure.error] : []),
    );
    this._emit<AiTrainingVerdictErrorDetail>('ai-training-verdict-error', { tool, ...failure });
  }

  /** @internal Announces a tool on screen. */
  protected _reportLoad(tool: string, loaded: LoadedTool): void {
    this._emit<AiTrainingVerdictLoadDetail>('ai-training-verdict-load', { tool, ...loaded });
  }

  protected _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to a part of the page in another language, or re-attached after a disconnect that
    // aborted a load: look again.
    this._tag = '';
    this.requestUpdate();
  }

  protected abstract override willUpdate(changed: PropertyValues): void;
}
