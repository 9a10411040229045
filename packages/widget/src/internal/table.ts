/**
 * The comparison table: the one renderer of it. `<ai-training-table>` renders it in its shadow root
 * once its records load; `prerenderTable` (prerender.ts) renders the same template to HTML with
 * `@lit-labs/ssr` for pages that show the table before, or without, any script (the site's index).
 *
 * Pure, as the card is (card.ts): the words, the date format, the evidence column and the line of
 * missing ids come in through `TableOptions`.
 */
import { isStale } from '@ai-training-verdict/sdk/record';
import { html, nothing, type TemplateResult } from 'lit';
import enCompact from '../locales/en-compact.js';
import enTable from '../locales/en-table.js';
import { fill, withEnglish, type Text } from './i18n.js';
import type { ToolRecord } from './record.js';
import { pill } from './templates.js';

/** Everything the table is drawn from besides its records. */
export interface TableOptions {
  /** The interface text. */
  readonly t: Text;
  /** Formats a record date for the interface language. */
  readonly date: (iso: string) => string;
  /** The evidence column: how many of a record's tiers rest on the vendor's own text. */
  readonly vendorTiers: (record: ToolRecord) => number;
  /** The ids the table has no record for, as a list in the interface language; none if absent. */
  readonly missing?: string | undefined;
}

/** The table of `records`, one row each, in the order given. */
export function tableTemplate(
  records: readonly ToolRecord[],
  { t, date, vendorTiers, missing }: TableOptions,
): TemplateResult {
  const tt = withEnglish(enTable, t.table);
  return html`<div class="frame">
    <div part="base" class="base" lang=${t.lang} dir="ltr">
      <table part="table" role="table">
        <caption>
          ${tt.caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${[tt.tool, tt.training, tt.optOut, tt.zdrDpa, tt.evidence, tt.verified].map(
              (label) => html`<th scope="col" role="columnheader">${label}</th>`,
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${records.map((record) => {
            // In the stacked (narrow) layout a cell shows its column's name first, unless its
            // value names it already ("Opt-out available").
            const cell = (label: string | undefined, content: unknown) =>
              html`<td role="cell" data-label=${label ?? nothing}>${content}</td>`;
            return html`<tr role="row">
              <th scope="row" role="rowheader">
                <span class="name" lang="en">${record.name}</span>
                <span class="muted" lang="en">${record.vendor}</span>
              </th>
              ${cell(
                tt.training,
                pill(record.headline.verdict, t.headlineVerdict[record.headline.verdict]),
              )}
              ${cell(undefined, t.optOut[record.optOut?.availability ?? 'unknown'])}
              ${cell(undefined, t.zdrDpa[record.dataHandling?.zdrDpa ?? 'unknown'])}
              ${cell(
                tt.evidence,
                fill(tt.onVendorText, {
                  n: `${vendorTiers(record)}`,
                  total: `${record.tiers.length}`,
                }),
              )}
              ${cell(tt.verified, [
                record.lastVerified
                  ? html`<time datetime=${record.lastVerified}>${date(record.lastVerified)}</time>`
                  : t.notVerified,
                isStale(record)
                  ? html` <span class="muted stale"
                      >(${withEnglish(enCompact, t.compact).staleShort})</span
                    >`
                  : nothing,
              ])}
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        missing === undefined
          ? nothing
          : html`<p part="missing" class="muted">${fill(tt.missing, { list: missing })}</p>`
      }
    </div>
  </div>`;
}
