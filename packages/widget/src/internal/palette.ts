/**
 * The verdict colours: the one colour map. Each tone is a `light-dark()` pair of text and
 * background colours, all at least 4.5:1 (WCAG AA) against each other. The shared styles turn it
 * into the `--atv-<tone>-color` / `--atv-<tone>-background` defaults; the static badge
 * (src/static/badge.ts) draws its verdict half with it.
 */

import { unsafeCSS, type CSSResult } from 'lit';

/** The colour family of a verdict; each maps to a `--atv-<tone>-*` pair of custom properties. */
export type Tone = 'danger' | 'warning' | 'ok' | 'neutral';

/** A `light-dark()` pair: the colour on a light scheme, a comma, the colour on a dark one. */
type Pair = `#${string},#${string}`;

/** The colours of each tone's text and background. */
export const PALETTE: Readonly<Record<Tone, { readonly color: Pair; readonly background: Pair }>> =
  {
    danger: { color: '#8c1d18,#ffdad6', background: '#fde7e5,#5f1412' },
    warning: { color: '#6d3d00,#ffdcb0', background: '#fff0d6,#4a2c00' },
    ok: { color: '#0d5223,#c4eed0', background: '#e3f4e8,#0c3a1c' },
    neutral: { color: '#3c4043,#e3e3e3', background: '#eceff1,#3c4043' },
  };

let host = '';
let rules = '';
for (const [tone, { color, background }] of Object.entries(PALETTE)) {
  host += `--atv-${tone}-color:light-dark(${color});--atv-${tone}-background:light-dark(${background});`;
  rules += `.${tone}{color:var(--atv-${tone}-color);background:var(--atv-${tone}-background)}`;
}

/**
 * The palette as styles: the host's `--atv-<tone>-color` / `--atv-<tone>-background` defaults,
 * and a rule per tone for pills, `.danger { color: var(--atv-danger-color); background: … }`.
 * Placed before the shared styles, so their print rules override the tone colours.
 */
export const paletteStyles: CSSResult = unsafeCSS(`:host{${host}}${rules}`);
