/**
 * Lit templates and styles as text, for every card drawn outside a live element: the pre-render
 * (prerender.ts, a declarative shadow root) and the static card (static/card.ts, styles inlined).
 * One place turns a template into HTML and a style sheet into text, so both forms say the same.
 *
 * `@lit-labs/ssr` renders in Node and in a browser alike. Lit escapes every record string: records
 * are data, never markup.
 */
// First, before @lit-labs/ssr replaces it: see lit-render-root.ts.
import { litCreateRenderRoot } from './lit-render-root.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement, type CSSResult, type TemplateResult } from 'lit';

// In a browser, the page's Lit elements (the card itself among them) keep adopting their styles.
if (typeof document !== 'undefined') LitElement.prototype['createRenderRoot'] = litCreateRenderRoot;

/**
 * A template as HTML, without Lit's hydration markers (comments, and the `<?>` placeholder): what
 * reads it replaces it, or it is static. The templates' indentation goes too (a browser collapses
 * it anyway).
 */
export function htmlOf(template: TemplateResult): string {
  return (
    collectResultSync(render(template))
      .replace(/<!--[^]*?-->/g, '')
      // lit-html ends a template whose last part is a binding with `<?>`, which a browser reads as
      // a comment but an HTML validator rejects as an XML processing instruction. Record text
      // never reaches here as `<?>`: it is escaped (`&lt;?>`).
      .replace(/<\?>/g, '')
      .replace(/\n\s*/g, '\n')
      .trim()
  );
}

/** An element's `static styles` (a sheet or nested arrays of them) as one style sheet's text. */
export const cssText = (sheets: unknown): string =>
  ([sheets] as unknown[])
    .flat(Infinity)
    .map((sheet) => (sheet as CSSResult).cssText)
    .join('\n');
