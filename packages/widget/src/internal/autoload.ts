/**
 * Registers an element when the page first uses it. Custom elements must be defined with their
 * class, so an element whose class is a lazy chunk (the CDN entry's `<ai-training-table>`) is found
 * first: in the document as parsed, then in any element added to it later. This is the pattern of
 * Shoelace's autoloader, written here because no maintained package offers it on its own; it is
 * twenty lines and adds no dependency to the entry.
 *
 * An element created and attached only inside another element's shadow root is not seen; import
 * its module (`@ai-training-verdict/widget/ai-training-table.js`) or the whole package instead.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const used = (node: Node): boolean =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(used))) start();
  });
  const start = (): void => {
    observer.disconnect();
    load().catch((error: unknown) => {
      console.warn(`<${tag}> could not be loaded; the next one tries again.`, error);
      observer.observe(document, { childList: true, subtree: true });
    });
  };
  if (document.querySelector(tag)) start();
  else observer.observe(document, { childList: true, subtree: true });
}
