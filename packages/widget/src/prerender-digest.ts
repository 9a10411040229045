/**
 * The digest of the card `prerenderCard` draws for a record with its defaults (`cardDigest`, read
 * from the HTML as a browser parses it, with parse5, the HTML parser Lit's server renderer uses).
 * The CDN build gives each record chunk's record this digest (`drawnLine`), from which a card
 * pre-rendered in a page is kept as the live card without being drawn again
 * (internal/prerendered.ts, `adopts`). For the build, in Node; not an export of the package.
 */
import { isStale } from '@ai-training-verdict/sdk/record';
import { parseFragment } from 'parse5';
import { cardDigest, DRAWN, type CardNode } from './internal/prerendered.js';
import type { ToolRecord } from './internal/record.js';
import { prerenderCard } from './prerender.js';

/** parse5's node, as much of it as `asCardNode` reads. */
interface Parse5Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly Parse5Node[];
  readonly content?: Parse5Node;
  readonly value?: string;
}

/** A parse5 node as the DOM names what `cardDigest` reads. */
const asCardNode = (node: Parse5Node): CardNode => ({
  nodeType: node.nodeName == '#text' ? 3 : node.tagName ? 1 : 8,
  localName: node.tagName,
  attributes: node.attrs,
  childNodes: (node.childNodes ?? []).map(asCardNode),
  data: node.value,
});

/**
 * The digest of `record`'s pre-rendered card (English, the default options), or undefined when
 * the card says the record may be out of date: the live card keeps no such card (`adopts`).
 */
export async function prerenderDigest(record: ToolRecord): Promise<string | undefined> {
  if (isStale(record)) return undefined;
  const html = await prerenderCard(record);
  // The shadow root: the `<template shadowrootmode>`'s content.
  const [template] = parseFragment(html).childNodes as unknown as Parse5Node[];
  return cardDigest(asCardNode(template!.content!).childNodes);
}

/**
 * The statement that the CDN build appends to a record chunk (the data package's module: `const
 * record = {…}; export default record;`) to give its record the digest under `DRAWN`, a property
 * that is not enumerable; nothing for a record whose card has none.
 */
export async function drawnLine(source: string, record: ToolRecord): Promise<string> {
  const digest = record.kind === 'tool' ? await prerenderDigest(record) : undefined;
  if (!digest) return '';
  if (!/^const record = /m.test(source) || !/^export default record;$/m.test(source)) {
    throw new Error(`the record chunk of "${record.id}" does not declare \`const record\``);
  }
  const key = `Symbol.for(${JSON.stringify(DRAWN.description)})`;
  return `Object.defineProperty(record, ${key}, { value: ${JSON.stringify(digest)} });\n`;
}
