import { css } from 'lit';

/**
 * Styles of `<ai-training-verdict>`.
 *
 * - Text inherits the page's colour and font, and the card has no background of its own, so a site's
 *   own light/dark theme (or theme toggle) carries over; borders and muted text are mixed from
 *   `currentColor`. Only the verdict pills have colours of their own, as `light-dark()` pairs of
 *   text and background that contrast with each other whatever the page behind them
 *   (baseline-status issues #10, #26).
 * - Page CSS reaches into the shadow root only through inherited properties, and a page rule on the
 *   host element (`* { line-height: 3 }`) beats `:host`. So the host carries only the custom
 *   property defaults; the typography is set on the inner `base` wrapper.
 */
export default css`
  :host {
    /* Styling API: override any of these on the element, e.g. ai-training-verdict { --atv-radius: 0 }. */
    --atv-font-size: 0.9375em;
    --atv-line-height: 1.5;
    --atv-padding: 1em 1.25em;
    --atv-radius: 0.5em;
    --atv-background: transparent;
    --atv-border-color: color-mix(in srgb, currentColor 22%, transparent);
    --atv-muted-color: color-mix(in srgb, currentColor 78%, transparent);
    --atv-link-color: currentColor;
    /* About the shortest card in a wide column (AI21's is 50em at 720 px), so it never overshoots. */
    --atv-loading-min-height: 48em;
    --atv-danger-color: light-dark(#8c1d18, #ffdad6);
    --atv-danger-background: light-dark(#fde7e5, #5f1412);
    --atv-warning-color: light-dark(#6d3d00, #ffdcb0);
    --atv-warning-background: light-dark(#fff0d6, #4a2c00);
    --atv-ok-color: light-dark(#0d5223, #c4eed0);
    --atv-ok-background: light-dark(#e3f4e8, #0c3a1c);
    --atv-neutral-color: light-dark(#3c4043, #e3e3e3);
    --atv-neutral-background: light-dark(#eceff1, #3c4043);

    display: block;
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    font-family: var(--atv-font-family, inherit);
    font-size: var(--atv-font-size);
    line-height: var(--atv-line-height);
    color: inherit;
    text-align: start;
    overflow-wrap: break-word;
  }

  /* The size container the card's own layout answers to (the column, not the viewport). */
  .frame {
    container: atv / inline-size;
  }

  .card {
    padding: var(--atv-padding);
    border: 1px solid var(--atv-border-color);
    border-radius: var(--atv-radius);
    background: var(--atv-background);
  }

  .loading {
    /*
     * Reserve about a card's height while the record loads, so the card arriving pushes the post
     * down as little as possible. Cards differ in height; an author can set the exact value.
     */
    min-height: var(--atv-loading-min-height);
  }

  p,
  ul,
  ol,
  blockquote,
  h3,
  h4 {
    margin: 0;
  }

  .card > * + * {
    margin-block-start: 0.875em;
  }

  a {
    color: var(--atv-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .muted {
    color: var(--atv-muted-color);
  }

  /* Header */
  .title {
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }

  .meta {
    margin-block-start: 0.125em;
    color: var(--atv-muted-color);
  }

  /* Verdict pills: the headline badge and each table verdict. */
  .pill {
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    padding: 0.125em 0.5em 0.125em 0.4em;
    /* A small radius, not a capsule: a label that wraps at narrow widths stays a tidy box. */
    border-radius: 0.375em;
    font-weight: 600;
    line-height: 1.35;
    color: var(--tone-color);
    background: var(--tone-background);
  }

  .tone-danger {
    --tone-color: var(--atv-danger-color);
    --tone-background: var(--atv-danger-background);
  }
  .tone-warning {
    --tone-color: var(--atv-warning-color);
    --tone-background: var(--atv-warning-background);
  }
  .tone-ok {
    --tone-color: var(--atv-ok-color);
    --tone-background: var(--atv-ok-background);
  }
  .tone-neutral {
    --tone-color: var(--atv-neutral-color);
    --tone-background: var(--atv-neutral-background);
  }

  .icon {
    flex: none;
    align-self: center;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .answer {
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 600;
  }

  /* Tier table */
  .table-wrap {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: inherit;
    line-height: inherit;
  }

  caption {
    caption-side: top;
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.375em;
  }

  th,
  td {
    padding: 0.5em 0.75em 0.5em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--atv-border-color);
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--atv-muted-color);
  }

  tbody th {
    width: 34%;
    font-weight: 600;
  }

  .detail {
    display: block;
    margin-block-start: 0.25em;
  }

  .since {
    display: block;
    font-size: 0.875em;
    color: var(--atv-muted-color);
  }

  /* Sources */
  .section-title {
    font-size: 1em;
    font-weight: 700;
  }

  .sources {
    /* Source URLs are long unbroken words; they may break anywhere rather than overflow. */
    overflow-wrap: anywhere;
  }

  .sources ol {
    margin-block-start: 0.375em;
    padding-inline-start: 1.5em;
    font-size: 0.875em;
  }

  .sources li + li {
    margin-block-start: 0.625em;
  }

  .sources blockquote {
    margin-block: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--atv-border-color);
    font-style: italic;
  }

  .sources .kind {
    color: var(--atv-muted-color);
  }

  /* Footer */
  .footer {
    font-size: 0.875em;
    color: var(--atv-muted-color);
  }

  .footer p + p {
    margin-block-start: 0.25em;
  }

  .caveat {
    color: inherit;
    font-weight: 600;
  }

  .message strong {
    font-weight: 700;
  }

  @container atv (max-width: 30rem) {
    .card {
      padding: 0.875em;
    }
  }
`;
