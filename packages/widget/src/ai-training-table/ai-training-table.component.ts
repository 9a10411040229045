import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { VerdictElement, type Loaded, type Outcome, type Wants } from '../internal/base.js';
import { dateFormatter, withEnglish, type Text } from '../internal/i18n.js';
import { tableTemplate } from '../internal/table.js';
import enTable from '../locales/en-table.js';
import { alertIcon } from '../internal/templates.js';
import styles from './ai-training-table.styles.js';

export type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
export type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';

type Row = Extract<Outcome, { ok: true }>;
type Missing = Extract<Outcome, { ok: false }>;

/** What the element is showing: one state at a time. */
type View =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly rows: readonly Row[];
      readonly missing: readonly Missing[];
    }
  | { readonly status: 'failed'; readonly missing: readonly Missing[] };

/** The table's rows and missing ids from one load. */
function viewOf({ outcomes }: Loaded): View {
  const rows: Row[] = [];
  const missing: Missing[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) missing.push(outcome);
    // An old id and its new one, or two spellings, show one row.
    else if (!rows.some((row) => row.record.id === outcome.record.id)) rows.push(outcome);
  }
  return missing.some((m) => m.reason === 'load-failed')
    ? { status: 'failed', missing }
    : { status: 'ready', rows, missing };
}

/**
 * @summary A comparison table for "which AI tools train on your data" articles: per tool, the
 * headline verdict, the opt-out, ZDR / DPA, how many of its tiers rest on the vendor's own text and
 * when it was last verified.
 *
 * @event {AiTrainingVerdictLoadEvent} ai-training-verdict-load - Once per tool the table shows.
 *   `detail`: `{ tool, record, renamedFrom? }`. Bubbles, composed.
 * @event {AiTrainingVerdictErrorEvent} ai-training-verdict-error - Once per tool the table cannot
 *   show. `detail`: `{ tool, reason: 'unknown-tool' | 'load-failed', suggestions, error }`.
 *
 * @slot - Fallback content, such as a plain list of links. Shown before the element has loaded,
 *   while the records load and when the table cannot be shown; never beside a table.
 *
 * @csspart base - The table's wrapper, or the box of a loading or failed table.
 * @csspart table - The table.
 * @csspart verdict - Each headline verdict pill (icon and words).
 * @csspart missing - The line listing ids the table has no record for.
 * @csspart message - What is wrong when no table can be shown.
 *
 * @cssproperty --atv-font-family - The table's font. Default: the page's.
 * @cssproperty --atv-font-size - Base font size. Default: `0.9375em`.
 * @cssproperty --atv-line-height - Default: `1.5`.
 * @cssproperty --atv-color - Text colour. Default: the page's (`CanvasText` with `theme`).
 * @cssproperty --atv-background - Background. Default: `transparent` (`Canvas` with `theme`).
 * @cssproperty --atv-border-color - Rules between rows. Default: the text colour at 25%.
 * @cssproperty --atv-muted-color - Secondary text. Default: the text colour at 80%.
 * @cssproperty --atv-link-color - Links. Default: the text colour (links are always underlined).
 * @cssproperty --atv-loading-min-height - Height reserved while the records load. Default: `20em`.
 * @cssproperty --atv-danger-color - Text of "trains" verdicts; with `--atv-danger-background`.
 * @cssproperty --atv-danger-background - Background of "trains" verdicts.
 * @cssproperty --atv-warning-color - Text of "trains unless you opt out" and "depends" verdicts.
 * @cssproperty --atv-warning-background - Background of those verdicts.
 * @cssproperty --atv-ok-color - Text of "no training" and "only if you opt in" verdicts.
 * @cssproperty --atv-ok-background - Background of those verdicts.
 * @cssproperty --atv-neutral-color - Text of "unclear" and "not known" verdicts.
 * @cssproperty --atv-neutral-background - Background of those verdicts.
 */
export class AiTrainingTable extends VerdictElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    ...VerdictElement.properties,
    tools: {},
  };

  /** Ids of the tools to compare, separated by spaces or commas, e.g. `jasper claude ai21`. */
  declare tools: string | undefined;

  /** @internal The ids in `tools`, each once (ids are case-insensitive), and the evidence column. */
  protected override wants(): Wants {
    const ids = (this.tools ?? '').split(/[\s,]+/).filter(Boolean);
    return {
      ids: ids.filter(
        (id, i) => ids.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === i,
      ),
      renderers: ['evidence'],
    };
  }

  /** @internal One event per tool: a row shown, or an id missing. */
  protected override announce(value: Loaded): void {
    const view = viewOf(value);
    if (view.status === 'ready') for (const row of view.rows) this.emit(row);
    if (view.status === 'ready' || view.status === 'failed') {
      for (const m of view.missing) this.emit(m);
    }
  }

  protected override render(): TemplateResult {
    const { loaded, t } = this.view();
    // The evidence column arrives with the data; without it, the table cannot be shown whole.
    const evidence = loaded?.renderers.evidence;
    const view: View = !loaded
      ? { status: this.wants().ids.length > 0 ? 'loading' : 'idle' }
      : evidence
        ? viewOf(loaded)
        : { status: 'failed', missing: [] };
    const tt = withEnglish(enTable, (t as Text).table);
    switch (view.status) {
      case 'idle':
        return html`<slot></slot>`;
      case 'loading':
        return html`<div
          part="base"
          class="base box loading"
          lang=${t.lang}
          dir="ltr"
          aria-busy="true"
        >
          <slot></slot>
        </div>`;
      case 'failed':
        return html`<div part="base" class="base box" lang=${t.lang} dir="ltr">
          <p part="message" class="message">${alertIcon()} <span>${tt.failed}</span></p>
          <slot></slot>
        </div>`;
    }
    return tableTemplate(
      view.rows.map(({ record }) => record),
      {
        t: t as Text,
        date: dateFormatter(loaded!.lang, t.lang),
        vendorTiers: evidence!.vendorTiers,
        // The failure chunk came with the load that has missing ids (see VerdictElement).
        missing:
          view.missing.length > 0 && loaded?.failures
            ? loaded.failures.orList(
                view.missing.map((m) => m.tool),
                t.lang,
              )
            : undefined,
      },
    );
  }
}
