/** What each token of the element's `sections` attribute shows, in the generator's words. */
const LABELS: Readonly<Record<string, string>> = {
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

/** The element's tokens, in its order, with labels; a token added later shows under its own name. */
export function sectionOptions(tokens: readonly string[]): { id: string; label: string }[] {
  return tokens.map((id) => ({ id, label: LABELS[id] ?? id }));
}
