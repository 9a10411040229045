import { unsafeCSS, type CSSResult } from 'lit';
import { paletteStyles } from './palette.js';

/**
 * The tag of the elements' style sheets, the one source of their CSS text: Lit's `css` for CSS
 * with nothing interpolated, which its type enforces (a `${}` is a compile error). So it needs
 * neither Lit's check of interpolated values (about 140 gzip bytes of the CDN entry) nor a build
 * step rewriting it; the CDN build's literal minifier minifies it as CSS (its name says "css"),
 * and the pre-rendered card (src/prerender.ts) and the static card read the text it gives.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * Styles both elements share: the styling API's defaults, typography, verdict pills, links, tables,
 * print and reduced motion. (Comments stay out of the css`` literals: they would ship in the bundle.)
 *
 * - The host carries only the custom-property defaults and `display`: a page rule on the host
 *   (`* { line-height: 3 }`) beats `:host`, and page CSS reaches the shadow root only through
 *   inherited properties. So the inner `base` wrapper sets the typography and resets the inherited
 *   properties a theme might set on `*` (letter-spacing, text-transform, text-align, ...).
 * - `--atv-font-family` and `--atv-color` have no default: unset, `var()` makes the property
 *   inherit, so the page's font and text colour carry over.
 * - `theme="auto"` (or none) sets no `color-scheme`: it inherits the page's, so `light-dark()` pills
 *   follow the page (baseline-status issues #10, #26). `light` and `dark` force the scheme and give
 *   the card its own `Canvas` / `CanvasText` colours.
 * - Borders and muted text are mixed from `currentColor`, so they suit any background.
 * - Pills have a transparent border: it keeps them as tall as the outlined badges beside them, and
 *   in forced-colors mode (Windows High Contrast), where backgrounds vanish, it becomes an outline.
 */
export default [
  paletteStyles,
  css`
    :host {
      --atv-font-size: 0.9375em;
      --atv-line-height: 1.5;
      --atv-padding: 1em 1.25em;
      --atv-radius: 0.5em;
      --atv-background: transparent;
      --atv-border-color: color-mix(in srgb, currentColor 25%, transparent);
      --atv-muted-color: color-mix(in srgb, currentColor 80%, transparent);
      --atv-link-color: currentColor;
      --atv-highlight-background: color-mix(in srgb, currentColor 8%, transparent);
      --atv-loading-min-height: 20em;
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='light']),
    :host([theme='dark']) {
      --atv-background: Canvas;
      --atv-color: CanvasText;
    }
    *,
    ::before,
    ::after {
      box-sizing: border-box;
    }
    .base {
      font-family: var(--atv-font-family);
      font-size: var(--atv-font-size);
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      line-height: var(--atv-line-height);
      color: var(--atv-color);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      overflow-wrap: break-word;
    }
    p,
    ul,
    ol,
    dl,
    dd,
    blockquote {
      margin: 0;
    }
    a {
      color: var(--atv-link-color);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      transition: color 0.15s;
    }
    a:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
    .vh {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .muted {
      color: var(--atv-muted-color);
    }
    .pill,
    .badge {
      display: inline-flex;
      align-items: baseline;
      gap: 0.375em;
      padding: 0.125em 0.5em;
      border: 1px solid transparent;
      border-radius: 0.375em;
      font-weight: 600;
      line-height: 1.35;
    }
    .badge {
      border-color: var(--atv-border-color);
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
    @media print {
      .pill {
        color: inherit;
        background: none;
        border-color: currentColor;
      }
      a[href]::after {
        content: ' <' attr(href) '>';
        overflow-wrap: anywhere;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      ::before,
      ::after {
        transition: none !important;
        animation: none !important;
      }
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 700;
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
  `,
];
