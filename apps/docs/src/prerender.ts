/**
 * The card a snippet's element will draw, as a declarative shadow root for the snippet to carry
 * (see the widget's README, "No layout shift"): the widget's own `prerenderCard`, the one its build
 * writes `static/prerendered/` with, so the card a reader sees before the script runs is the card
 * the script then draws, box for box, whatever the sections, tier, heading level or language chosen.
 */
import { getTool } from '@ai-training-verdict/sdk';
import { prerenderCard as prerender } from '@ai-training-verdict/widget/prerender.js';

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
  const attribute = (name: string): string | undefined => el.getAttribute(name) ?? undefined;
  const record = await getTool(attribute('tool') ?? '');
  return prerender(record, {
    lang: attribute('lang'),
    sections: attribute('sections'),
    tier: attribute('tier'),
    headingLevel: attribute('heading-level'),
  });
}
