import shared, { css } from '../internal/styles.js';

/**
 * Styles of `<ai-training-table>`, after the shared ones.
 *
 * Five columns do not fit a narrow column, so below 36em of the table's own width (a container
 * query, in `em` so large text switches sooner) each tool becomes a stacked block: the column
 * headings are hidden visually (still read) and each cell shows its heading before its value. The
 * elements carry explicit table roles, so the changed `display` cannot cost them their semantics.
 */
export default [
  shared,
  css`
    .frame {
      container: atv-table / inline-size;
    }
    .box {
      padding: 1em;
      border: 1px solid var(--atv-border-color);
      border-radius: 0.5em;
    }
    .loading {
      min-height: var(--atv-loading-min-height);
    }
    /* Words wrap whole (a column is as wide as its longest word); a word too long for the
       frame (a hostile string) scrolls inside it rather than past the page. */
    .base {
      background: var(--atv-background);
      overflow-wrap: break-word;
      overflow-x: auto;
    }
    caption {
      font-size: 1.125em;
      padding-block-end: 0.5em;
    }
    .name {
      display: block;
      font-weight: 700;
    }
    tbody th .muted,
    .stale {
      display: block;
      font-weight: 400;
      font-size: 0.875em;
    }
    .message {
      display: flex;
      gap: 0.5em;
      font-weight: 600;
    }
    [part='missing'] {
      margin-block-start: 0.5em;
    }
    @container atv-table (width < 36em) {
      table,
      caption,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tbody tr {
        padding-block: 0.5em;
        border-block-end: 1px solid var(--atv-border-color);
      }
      th,
      td {
        padding: 0.125em 0;
        border: 0;
      }
      td[data-label]::before {
        content: attr(data-label) ': ' / '';
        color: var(--atv-muted-color);
      }
    }
  `,
];
