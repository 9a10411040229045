/**
 * The card a snippet's element will draw, drawn by that element now, in a hidden corner of this
 * page, and written out as a declarative shadow root for the snippet to carry (see the widget's
 * README, "No layout shift"). It is the element's own template, styles and data, so the card a
 * reader sees before the script runs is the card the script then draws, box for box, whatever the
 * sections, tier, heading level or language chosen.
 */
import { AiTrainingVerdict } from '@ai-training-verdict/widget/ai-training-verdict.js';
import type { CSSResult } from 'lit';

/**
 * The element's styles, as the `<style>` of a declarative shadow root: their source text, with each
 * line break and its indentation made one space (a CSS string cannot hold a line break, so no value
 * changes).
 */
const styleText = (): string =>
  AiTrainingVerdict.elementStyles
    .map((sheet) => (sheet as CSSResult).cssText)
    .join('\n')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/**
 * The element in `markup` (an `<ai-training-verdict>` tag, as the snippet writes it), rendered
 * with its record, as `<template shadowrootmode="open">…</template>`. Rejects when the element
 * cannot show a card (an unknown tool), so no snippet carries a message in place of a card.
 */
export async function prerenderCard(markup: string): Promise<string> {
  const parsed = document.createElement('template');
  parsed.innerHTML = markup;
  const el = parsed.content.querySelector('ai-training-verdict');
  if (!el) throw new Error('prerenderCard: the markup holds no <ai-training-verdict>');
  // In the layout (so the element renders), out of sight and out of the reading order.
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:-10000px;top:0;width:40rem;visibility:hidden';
  box.append(el);
  const settled = new Promise<void>((resolve, reject) => {
    el.addEventListener('ai-training-verdict-load', () => resolve(), { once: true });
    el.addEventListener('ai-training-verdict-error', () => reject(new Error('no card')), {
      once: true,
    });
  });
  document.body.append(box);
  try {
    await settled;
    const root = el.shadowRoot;
    if (!root) throw new Error('prerenderCard: the element has no shadow root');
    const copy = document.createElement('template');
    copy.content.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
    // Lit's markers: nothing hydrates them.
    const comments = document.createTreeWalker(copy.content, NodeFilter.SHOW_COMMENT);
    const found: Node[] = [];
    while (comments.nextNode()) found.push(comments.currentNode);
    for (const comment of found) comment.parentNode?.removeChild(comment);
    const html = copy.innerHTML.replace(/\n\s*/g, '\n').trim();
    // The CSS sits in an HTML comment inside <style>: CSS ignores the comment's `<!--` and `-->`
    // at the top of a style sheet, and a platform that strips the <style> tag but keeps its text
    // (WordPress's kses) is left with a comment, not 5 kB of CSS printed in the post.
    return `<template shadowrootmode="open"><style><!--${styleText()}--></style>${html}</template>`;
  } finally {
    box.remove();
  }
}
