import type { SectionToken } from '@ai-training-verdict/widget/ai-training-verdict.component.js';

/**
 * What each token of the element's `sections` attribute shows, in the generator's words. Typed by
 * the element's own list of tokens, so a section the element adds does not compile here until the
 * generator names it.
 */
const LABELS: Readonly<Record<SectionToken, string>> = {
  answer: 'Answer: badges, short answer, summary',
  'opt-out': 'Opt-out: how, who may, consequences',
  retention: 'Retention, ZDR and DPA',
  listicles: 'What the listicles get wrong',
  tiers: 'Verdict by plan (table)',
  clauses: 'Clause analysis',
  compliance: 'Compliance notes (analysis)',
  history: 'Change history',
  faq: 'Frequently asked questions',
  sources: 'Sources',
};

/** The element's tokens, in its order, with labels. */
export function sectionOptions(tokens: readonly SectionToken[]): { id: string; label: string }[] {
  return tokens.map((id) => ({ id, label: LABELS[id] }));
}
