/**
 * What `<ai-training-verdict>` and `<ai-training-table>` share, a few utilities over `LitElement`:
 * the `src`, `theme` and `lang` attributes, the data seam (`load()`), the Task that loads what the
 * element shows (data.ts) and its events. Not an element of its own.
 */

import { Task, TaskStatus } from '@lit/task';
import { LitElement, type PropertyDeclarations } from 'lit';
import { loadTool } from '#loader';
import { VERSION } from '../generated/version.js';
import { keyOf, loading, type Host, type Loaded, type Outcome, type Wants } from './data.js';
import type { CardText } from './i18n.js';
import type { LoadedTool, LoadOptions } from './loaded.js';
import en from '../locales/en.js';

export type { Failure, Loaded, Outcome, Renderer, Wants } from './data.js';

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

  /**
   * Where records come from. The default reads the bundled data (one chunk per tool) or the `src`
   * release through the widget's loader. A subclass may read them from elsewhere, such as a CMS
   * preview; it must resolve with a validated record or reject like the loader does.
   */
  protected load(tool: string, options: LoadOptions): Promise<LoadedTool> {
    return loadTool(tool, options);
  }

  /** @internal What the element shows: the ids (none: nothing to load) and renderers it needs. */
  protected abstract wants(): Wants;

  /** @internal The element's data: what it shows, loaded by one Task (what a load does: data.ts). */
  protected readonly data = new Task(
    this,
    // Its protected `wants` and `load`, which only the Task calls.
    loading(this as unknown as Host),
  );

  /**
   * @internal What to render from: the load for the current ids and `src` (while a new `lang` or
   * renderer loads, the previous one; undefined while the records load), and the interface text of
   * the last load (English before any).
   */
  protected view(): { loaded?: Loaded; t: CardText } {
    const last = this.data.value;
    return {
      loaded: last?.key == keyOf(this.wants().ids, this.src) ? last : undefined,
      t: last?.t ?? en,
    };
  }

  /** @internal What the last announced load showed, so that a re-render never repeats its events. */
  #announced = '';

  /**
   * Announces, once per load that reached the screen, what it showed (a new `lang` is not news). An
   * element with nothing to show (no ids) forgets it, so showing the same tool again is news.
   */
  protected override updated(): void {
    if (this.data.status != TaskStatus.COMPLETE) return;
    const value = this.data.value;
    const shown = value ? value.key + value.outcomes.map((o) => (o.ok ? 1 : o.reason)) : '';
    if (shown != this.#announced && value) this.announce(value);
    this.#announced = shown;
  }

  /** @internal Fires the events of a load on screen, with `emit` for each outcome it shows. */
  protected abstract announce(value: Loaded): void;

  /**
   * @internal Fires `ai-training-verdict-load` for a tool on screen, or `ai-training-verdict-error`
   * (and tells the page's author in the console) for one that cannot be shown.
   */
  protected emit(outcome: Outcome): void {
    // The detail is the outcome itself: `{ tool, record, renamedFrom? }` or `{ tool, ...Failure }`.
    const { ok, ...detail } = outcome;
    if (!ok) this.data.value?.failures?.warn(this.localName, detail.tool, outcome, this.src);
    this.dispatchEvent(
      new CustomEvent(`ai-training-verdict-${ok ? 'load' : 'error'}`, {
        bubbles: true,
        composed: true,
        detail,
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.data.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect that aborted a load: load again. Moved to a part of the page
    // in another language: the update below sees the new `lang` and loads again.
    if (this.data.status == TaskStatus.ERROR) void this.data.run();
    else this.requestUpdate();
  }
}
