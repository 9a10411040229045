/**
 * Whether a pre-rendered card (a declarative shadow root in the page's HTML) is the card the element
 * draws, so that it can stay on screen as it is (see `AiTrainingVerdict#update`). The pre-render is
 * Lit's server renderer's output (`static/prerendered/`) or a copy of the live card (the embed
 * generator's snippet), both without Lit's markers, so this compares what a reader is shown, not
 * markup: the same elements with the same attributes (in any order) and the same text, where each
 * run of white space is one space, as the browser lays it out. Lit's hydration would need its
 * markers in the pre-render and its hydration support in the CDN entry, which has no room for it.
 *
 * Both trees are read where they are, never copied: this runs between the record's arrival and the
 * live card, on every page that pre-renders its cards.
 */

/**
 * What a reader sees of `nodes`: each element, and the text between them, joined across comments
 * (Lit's markers, or the pre-render's `<?>`), with each run of white space one space; no comment,
 * no empty text, and no `<style>` where `top` (the pre-render's stylesheet, which the live card
 * adopts instead).
 */
function seen(nodes: Iterable<Node>, top: boolean): (Element | string)[] {
  const shown: (Element | string)[] = [];
  let text = '';
  const endText = (): void => {
    if (text) shown.push(text.replace(/\s+/g, ' '));
    text = '';
  };
  for (const node of nodes) {
    if (node.nodeType == 3 /* TEXT_NODE */) text += (node as Text).data;
    else if (node.nodeType == 1 /* ELEMENT_NODE */ && !(top && node.nodeName == 'STYLE')) {
      endText();
      shown.push(node as Element);
    }
  }
  endText();
  return shown;
}

/** True when `a` and `b` show the same: as `Node#isEqualNode`, over what `seen` keeps. */
function same(a: Iterable<Node>, b: Iterable<Node>, top = false): boolean {
  const x = seen(a, top);
  const y = seen(b, top);
  return (
    x.length == y.length &&
    x.every((node, i) => {
      const other = y[i]!;
      if (typeof node == 'string' || typeof other == 'string') return node === other;
      return (
        node.namespaceURI == other.namespaceURI &&
        node.localName == other.localName &&
        node.prefix == other.prefix &&
        node.attributes.length == other.attributes.length &&
        [...node.attributes].every(
          (attr) => other.getAttributeNS(attr.namespaceURI, attr.localName) === attr.value,
        ) &&
        same(node.childNodes, other.childNodes)
      );
    })
  );
}

/** True when `prerendered` shows what `drawn` (the parent of the live card's nodes) shows. */
export const samePrerendered = (prerendered: Iterable<Node>, drawn: Node): boolean =>
  same(prerendered, drawn.childNodes, true);
