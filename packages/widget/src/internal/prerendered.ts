/**
 * Whether a pre-rendered card (a declarative shadow root in the page's HTML) is the card the element
 * draws, so that it can stay on screen as it is (see `AiTrainingVerdict#update`). The pre-render is
 * Lit's server renderer's output (`static/prerendered/`) or a copy of the live card (the embed
 * generator's snippet), both without Lit's markers, so this compares what a reader is shown, not
 * markup: the same elements with the same attributes (in any order) and the same text, where each
 * run of white space is one space, as the browser lays it out. Lit's hydration would need its
 * markers in the pre-render and its hydration support in the CDN entry, which has no room for it.
 */

/** A copy of `nodes` as a reader sees them: no comments or `<style>`, white space collapsed. */
function seen(nodes: Iterable<Node>): Node {
  const copy = document.createElement('div');
  for (const node of nodes) if (node.nodeName != 'STYLE') copy.append(node.cloneNode(true));
  const walker = document.createTreeWalker(copy, 0x84 /* SHOW_COMMENT | SHOW_TEXT */);
  const found: CharacterData[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as CharacterData);
  for (const node of found) if (node.nodeType == 8 /* COMMENT_NODE */) node.remove();
  // The text on both sides of a removed comment becomes one node, the first (the others leave).
  copy.normalize();
  for (const node of found) if (node.parentNode) node.data = node.data.replace(/\s+/g, ' ');
  return copy;
}

/** True when `prerendered` shows what `drawn` (the parent of the live card's nodes) shows. */
export const samePrerendered = (prerendered: Iterable<Node>, drawn: Node): boolean =>
  seen(prerendered).isEqualNode(seen(drawn.childNodes));
