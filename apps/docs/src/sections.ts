import {
  SECTION_DOCS,
  type SectionToken,
} from '@ai-training-verdict/widget/ai-training-verdict.component.js';

/**
 * The element's tokens, in its order, with the generator's label for each: the element's own
 * `SECTION_DOCS`, so a section the element adds is offered with no edit here.
 */
export function sectionOptions(tokens: readonly SectionToken[]): { id: string; label: string }[] {
  return tokens.map((id) => ({ id, label: SECTION_DOCS[id].label }));
}
