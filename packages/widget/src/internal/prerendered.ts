/**
 * Whether a pre-rendered card (a declarative shadow root in the page's HTML) is the card the element
 * draws, so that it can stay on screen as it is (see `AiTrainingVerdict#update`). The pre-render is
 * Lit's server renderer's output (`static/prerendered/`) or a copy of the live card (the embed
 * generator's snippet), both without Lit's markers, so this compares what a reader is shown, not
 * markup: the same elements with the same attributes (in any order) and the same text, where each
 * run of white space is one space, as the browser lays it out. Lit's hydration would need its
 * markers in the pre-render and its hydration support in the CDN entry, which has no room for it.
 *
 * Comparing needs the live card drawn first. `adopts` spares that when the CDN's record chunk says
 * which card the build drew from it (`DRAWN`, the SHA-256 of `cardDigest`): a pre-rendered card with
 * that digest, on an element with the options it was drawn with, is that very card, so it becomes
 * the live card as it is, without drawing it or formatting a date. The digest comes from the
 * record chunk, never from the page: a page whose HTML holds another card (other words, a changed
 * record) has another digest, and its card is drawn and compared as before.
 */
import type { AiTrainingVerdict } from '../ai-training-verdict/ai-training-verdict.component.js';
import { isStale } from '@ai-training-verdict/sdk/record';
import type { Loaded } from './data.js';

/**
 * The key under which the CDN build's record chunk (`cdn/tools/<id>.js`) gives its record the
 * digest of the card drawn from it (src/prerender-digest.ts): a property that is not enumerable,
 * so the record a page gets (the load event's) reads, copies and serialises as the data package's.
 * A record from anywhere else (a `src` release, the npm build's loader) has none.
 */
export const DRAWN = Symbol.for('ai-training-verdict.drawn');

/** What `cardDigest` reads of a node: a DOM node, or the build's parse of the pre-render (Node). */
export interface CardNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly childNodes: ArrayLike<CardNode>;
  readonly data?: string;
}

/**
 * A node as JSON's data: text as it is, an element as [name, sorted attributes, ...children],
 * nothing for a comment. Plain loops: this runs once per node of a whole card on a page that has
 * just loaded, where the script is not yet optimised (a third faster than `Array.from` and spreads).
 */
function shape(node: CardNode): unknown {
  if (node.nodeType == 3 /* TEXT_NODE */) return node.data;
  if (node.nodeType != 1 /* ELEMENT_NODE */) return undefined;
  const { attributes, childNodes } = node;
  const pairs: [string, string][] = [];
  for (let i = 0; i < attributes!.length; i++)
    pairs.push([attributes![i]!.name, attributes![i]!.value]);
  const shaped: unknown[] = [node.localName, pairs.sort(([a], [b]) => (a < b ? -1 : 1))];
  for (let i = 0; i < childNodes.length; i++) {
    const child = shape(childNodes[i]!);
    if (child !== undefined) shaped.push(child);
  }
  return shaped;
}

/**
 * The digest of the card `nodes` show (a shadow root's children): the SHA-256 of every element's
 * name and attributes and every text, exactly, as JSON, so no text can pass for markup. The
 * `<style>` counts too: the card is kept with it, and a page's CSS could change what it says.
 * Hashed by the platform (`crypto.subtle`: the browser's, and Node's for the build), which is
 * async and far faster than hashing in script; undefined where there is none, as on a page served
 * over plain http, which is not a secure context: its card is then drawn and compared.
 */
export async function cardDigest(nodes: ArrayLike<CardNode>): Promise<string | undefined> {
  const json = JSON.stringify(Array.from(nodes, shape));
  const hash = await globalThis.crypto?.subtle?.digest('SHA-256', new TextEncoder().encode(json));
  return hash && Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What the element uses of this module, for `host` (data.ts loads it so, while the record loads):
 * `samePrerendered`, and `adopts` with the digest of the card pre-rendered in `host`'s shadow root,
 * taken now, as the digest is async and `render()` is not.
 */
export async function prerendered(host: AiTrainingVerdict) {
  const digested = [...host.shadowRoot!.childNodes];
  // Any failure to hash only means drawing the card and comparing it, as without a digest.
  const digest = await cardDigest(digested).catch(() => undefined);
  return {
    samePrerendered,
    /**
     * True when the pre-rendered `nodes` (none once the live card replaced them) are the card
     * `host` draws for `loaded`, a card (not the compact badge): the nodes digested above, the
     * card the build drew from this record chunk (`DRAWN`), with the options it was drawn with
     * (`prerenderCard`'s defaults: English, no `sections`, `tier` or `heading-level`), not
     * renamed, and not yet old enough for the "may be out of date" note.
     */
    adopts(nodes: readonly Node[], loaded: Loaded): boolean {
      const [outcome] = loaded.outcomes;
      const drawn =
        outcome?.ok && (outcome.record as unknown as { [DRAWN]?: string | undefined })[DRAWN];
      return (
        !!drawn &&
        digest == drawn &&
        // The nodes digested are the element's pre-rendered ones (a load after the live card
        // replaced them digests Lit's own nodes instead).
        nodes.length == digested.length &&
        nodes.every((node, i) => node == digested[i]) &&
        !outcome.renamedFrom &&
        // Unset, as `prerenderCard` draws it (an attribute that says the default anyway is drawn).
        host.sections == null &&
        host.tier == null &&
        host.headingLevel == null &&
        loaded.lang.toLowerCase() == 'en' &&
        !isStale(outcome.record)
      );
    },
  };
}

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

/**
 * True when `prerendered` shows what `drawn` (the parent of the live card's nodes) shows, or when
 * nothing was drawn: the element draws nothing only for a card it keeps (`adopts`).
 */
export const samePrerendered = (prerendered: Iterable<Node>, drawn: Node): boolean =>
  !(drawn as ParentNode).childElementCount || seen(prerendered).isEqualNode(seen(drawn.childNodes));
