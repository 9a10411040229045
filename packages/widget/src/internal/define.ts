import { failureKit } from './warn.js';

/** A custom element class that says which version of its package it comes from. */
export type VersionedElement = CustomElementConstructor & { readonly version?: unknown };

/**
 * Registers `element` as `tag` unless the tag is taken. A blog that pastes the embed twice, or loads
 * two versions, must neither throw (which would stop the rest of that script) nor stay silent, so a
 * clash warns and names both versions (in words loaded only then, see `failureKit`); the copy
 * registered first keeps working (issue #4, STYLE.md).
 */
export function defineElement(tag: string, element: VersionedElement): void {
  // Outside a browser (server rendering, tests in Node) nothing is drawn, so nothing is registered.
  // Not `typeof customElements`: Lit's server build installs a registry of its own there
  // (@lit-labs/ssr-dom-shim), which a server's bundles share, and Next.js bundles a module once
  // for server components and once for server rendering: the second copy, the same version, was
  // taken for a page loading the element twice.
  if (typeof document === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) customElements.define(tag, element);
  else void failureKit().then((kit) => kit?.registeredTwice(tag, existing, element));
}
