/**
 * What `<ai-training-verdict>` and `<ai-training-table>` share: `LitElement` with the `src` and
 * `theme` attributes, the interface language, the data seam (`load()`), one loading controller and
 * the events. Not an element of its own.
 *
 * Loading is one `@lit/task` Task for both elements: its arguments are the ids the element shows,
 * `src`, the `lang` in effect and the lazy renderers it needs, so a change of any of them starts a
 * new load, the previous one is aborted, and a superseded answer is never shown (the Task keeps only
 * the latest run's result).
 */
import { Task, TaskStatus } from '@lit/task';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { AiTrainingVerdictErrorDetail } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadDetail } from '../events/ai-training-verdict-load.js';
import { VERSION } from '../generated/version.js';
import type * as FailureKit from './failure.js';
import { dateFormatter, langOf, stringsFor, type CardText } from './i18n.js';
import { loadTool, type LoadedTool, type LoadOptions } from './loader.js';
import { failureKit } from './warn.js';
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

/** One id the element asked for: its record, or why there is none. */
export type Outcome =
  | ({ readonly tool: string; readonly ok: true } & LoadedTool)
  | ({ readonly tool: string; readonly ok: false } & Failure);

/** What one load gives the element to render. */
export interface Loaded {
  /** The ids and `src` this answers (a new `lang` alone keeps showing it while it reloads). */
  readonly key: string;
  /** The interface text. */
  readonly t: CardText;
  /** Formats record dates for that text's language. */
  readonly date: (iso: string) => string;
  /** One outcome per id, in the order asked. */
  readonly outcomes: readonly Outcome[];
  /** What a failure is told with, loaded with a load that has one (undefined if it cannot load). */
  readonly failures?: typeof FailureKit;
}

const englishDates = dateFormatter('en', 'en');

/** The key of a load: the ids (as JSON) and `src` it answers. */
const keyOf = (ids: string, src: string): string => `${ids}|${src}`;

/** What a load shows, as a key: the same key is announced once (a new `lang` is not news). */
const announcementOf = ({ key, outcomes }: Loaded): string =>
  `${key}|${outcomes.map((o) => (o.ok ? 'ok' : o.reason)).join(' ')}`;

export abstract class VerdictElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    theme: { reflect: true },
    _lang: { attribute: 'lang' },
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

  /**
   * The interface language, a BCP 47 tag such as `de` or `fr-CA`: the element's own `lang` or the
   * closest one on the page (default English). German, French and Spanish are shipped; any other
   * language shows English. Record text is always shown as written, in English.
   */
  declare private _lang: string | undefined;

  /** @internal The one load of the element's records, text and renderers. */
  protected readonly _data = new Task(this, {
    // The ids as JSON: one string compares by value, and an id as typed may hold spaces.
    args: () => [JSON.stringify(this._ids()), this.src ?? '', langOf(this), this._needs()] as const,
    task: ([ids, src, tag, needs], { signal }) => this.#run(ids, src, tag, needs, signal),
  });

  /** @internal The load last announced with events, so a re-render never repeats them. */
  #announced: Loaded | undefined;
  #announcedKey = '';

  /**
   * Where records come from. The default reads the bundled data (one chunk per tool) or the `src`
   * release through the widget's loader. A subclass may read them from elsewhere, such as a CMS
   * preview; it must resolve with a validated record or reject like the loader does.
   */
  protected load(tool: string, options: LoadOptions): Promise<LoadedTool> {
    return loadTool(tool, options);
  }

  /** @internal The ids the element shows, each once (none: nothing to load). */
  protected abstract _ids(): readonly string[];

  /** @internal Lazy renderers the element needs now, as one key (a change loads them). */
  protected _needs(): string {
    return '';
  }

  /** @internal Loads what `_needs()` named; runs beside the records' load. */
  protected _prepare(_needs: string): Promise<void> {
    return Promise.resolve();
  }

  /** @internal The load's key for the current ids and `src`, as in `Loaded.key`. */
  protected _key(): string {
    return keyOf(JSON.stringify(this._ids()), this.src ?? '');
  }

  /**
   * @internal What to render from: the finished load, or while a new `lang` or renderer loads, the
   * previous one for the same ids and `src`. Undefined while the element's records load.
   */
  protected _loaded(): Loaded | undefined {
    const value = this._data.value;
    return value && value.key === this._key() ? value : undefined;
  }

  /** @internal The interface text of the last load (English before any). */
  protected get _t(): CardText {
    return this._data.value?.t ?? en;
  }

  /** @internal Formats record dates in the language of the last load. */
  protected get _date(): (iso: string) => string {
    return this._data.value?.date ?? englishDates;
  }

  async #run(ids: string, src: string, tag: string, needs: string, signal: AbortSignal) {
    const list = JSON.parse(ids) as string[];
    if (list.length === 0) return undefined;
    const records = Promise.allSettled(
      // async, so a `load()` that throws counts as a failed load, like one that rejects
      list.map(async (id) => this.load(id, { src: src || undefined, signal })),
    );
    const [t] = await Promise.all([
      // English if that language's module fails to load.
      Promise.resolve(stringsFor(tag)).catch(() => en),
      this._prepare(needs).catch(() => undefined),
    ]);
    const settled = await records;
    const failures = settled.some((result) => result.status === 'rejected')
      ? await failureKit()
      : undefined;
    signal.throwIfAborted();
    const outcomes = settled.map((result, i): Outcome =>
      result.status === 'fulfilled'
        ? { tool: list[i]!, ok: true, ...result.value }
        : {
            tool: list[i]!,
            ok: false,
            ...(failures?.failure(result.reason) ?? {
              reason: 'load-failed',
              suggestions: [],
              error: result.reason,
            }),
          },
    );
    const date = dateFormatter(tag, t.lang);
    return { key: keyOf(ids, src), t, date, outcomes, failures } as Loaded;
  }

  /**
   * @internal Announces, once per load that reached the screen, what it showed. An element with
   * nothing to show (no ids) forgets what it announced, so showing the same tool again is news.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._data.status !== TaskStatus.COMPLETE) return;
    const value = this._data.value;
    if (value === this.#announced) return;
    this.#announced = value;
    const key = value ? announcementOf(value) : '';
    if (key === this.#announcedKey) return;
    this.#announcedKey = key;
    if (value) this._announce(value);
  }

  /** @internal Fires the events of a load on screen. */
  protected abstract _announce(value: Loaded): void;

  /** @internal Says why a tool is missing, in the console for the page's author and as an event. */
  protected _reportFailure(tool: string, failure: Failure): void {
    this._data.value?.failures?.warn(this.localName, tool, failure, this.src);
    this._emit<AiTrainingVerdictErrorDetail>('ai-training-verdict-error', { tool, ...failure });
  }

  /** @internal Announces a tool on screen. */
  protected _reportLoad(tool: string, loaded: LoadedTool): void {
    const { record, renamedFrom } = loaded;
    this._emit<AiTrainingVerdictLoadDetail>('ai-training-verdict-load', {
      tool,
      record,
      ...(renamedFrom ? { renamedFrom } : {}),
    });
  }

  protected _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._data.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect that aborted a load: load again. Moved to a part of the page
    // in another language: the update below sees the new `lang` and loads again.
    if (this._data.status === TaskStatus.ERROR) void this._data.run();
    else this.requestUpdate();
  }
}
