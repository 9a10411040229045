/**
 * LitElement's own `createRenderRoot`, read before `@lit-labs/ssr` loads: Lit's server renderer,
 * written for Node, replaces it on `LitElement.prototype` with one that adopts no styles
 * (`lit-element-renderer.js`), which in a browser strips every Lit element of the page of its
 * styles. `prerender.ts` imports this module before `@lit-labs/ssr` and puts it back in a browser;
 * the card it renders holds no custom element for that renderer to draw.
 */
import { LitElement } from 'lit';

// Bracket access: the method is protected, and this is the one place that reads it from outside.
export const litCreateRenderRoot = LitElement.prototype['createRenderRoot'];
