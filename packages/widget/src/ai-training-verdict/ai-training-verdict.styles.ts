import shared, { css } from '../internal/styles.js';

/**
 * Styles of `<ai-training-verdict>`, after the shared ones (custom properties, pills, links).
 *
 * - `.frame` is the size container, so the card answers to its column, not the viewport; its
 *   breakpoint is in `em`, so a page with large text gets the narrow layout sooner.
 * - The tier table stays a real table at every width (no `display` change that could cost it its
 *   table semantics); at narrow widths it gives the verdict column more room instead.
 * - Long unbroken words (URLs, "Free/Pro/Max") may break anywhere rather than overflow a 280 px column.
 * - `compact` is inline: it sits in a sentence and wraps with it.
 */
export default [
  shared,
  css`
    :host([compact]) {
      display: inline;
    }
    .frame {
      container: atv / inline-size;
    }
    .card {
      padding: var(--atv-padding);
      border: 1px solid var(--atv-border-color);
      border-radius: var(--atv-radius);
      background: var(--atv-background);
      overflow-wrap: anywhere;
    }
    .loading {
      min-height: var(--atv-loading-min-height);
    }
    .card > * + *,
    section > * + * {
      margin-block-start: 0.875em;
    }
    .h {
      font-size: 1em;
      font-weight: 700;
      line-height: 1.3;
    }
    header .h {
      font-size: 1.25em;
    }
    .meta {
      margin-block-start: 0.125em;
      color: var(--atv-muted-color);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      padding: 0;
      list-style: none;
    }
    .badges li {
      display: flex;
    }
    .answer {
      font-size: 1.125em;
      line-height: 1.4;
      font-weight: 600;
    }
    .note,
    .message {
      display: flex;
      gap: 0.5em;
      font-weight: 600;
    }
    .note {
      padding: 0.5em 0.75em;
      border-radius: 0.375em;
      color: var(--atv-warning-color);
      background: var(--atv-warning-background);
    }
    .note .icon,
    .message .icon {
      margin-block-start: 0.25em;
      align-self: flex-start;
    }
    caption {
      padding-block-end: 0.375em;
    }
    tbody th {
      width: 34%;
      font-weight: 600;
    }
    .detail,
    td .muted {
      display: block;
      margin-block-start: 0.25em;
    }
    .current > * {
      background: var(--atv-highlight-background);
      transition: background-color 0.2s;
    }
    .current > th {
      box-shadow: inset 3px 0 currentColor;
      padding-inline-start: 0.75em;
    }
    .marker {
      display: block;
      width: fit-content;
      margin-block-start: 0.25em;
      padding: 0 0.375em;
      border: 1px solid;
      border-radius: 0.25em;
      font-size: 0.8125em;
    }
    ol,
    ul {
      padding-inline-start: 1.5em;
    }
    .sources ol {
      font-size: 0.875em;
    }
    li + li {
      margin-block-start: 0.5em;
    }
    figure {
      margin: 0;
    }
    blockquote {
      margin-block: 0.25em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--atv-border-color);
      font-style: italic;
    }
    dt {
      margin-block-start: 0.5em;
      font-weight: 600;
    }
    .footer {
      font-size: 0.875em;
    }
    .footer > :not(.caveat) {
      color: var(--atv-muted-color);
    }
    .caveat,
    .name {
      font-weight: 600;
    }
    .footer p + p {
      margin-block-start: 0.25em;
    }
    .compact {
      font-size: inherit;
      line-height: inherit;
    }
    .compact .pill {
      padding-block: 0;
    }
    @container atv (width < 30em) {
      .card {
        padding: 0.875em;
      }
      tbody th {
        width: 40%;
      }
      th,
      td {
        padding-inline-end: 0.5em;
      }
    }
  `,
];
