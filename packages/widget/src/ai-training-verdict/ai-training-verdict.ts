/**
 * Registers `<ai-training-verdict>`. Import this file (or the package entry) for its side effect;
 * import `ai-training-verdict.component.js` for the class alone.
 */
// The class first: the CDN build then lays its modules out in that order, Lit right after the
// entry's first module, which gzips the entry a few dozen bytes smaller than the other order.
import { AiTrainingVerdict } from './ai-training-verdict.component.js';
import { defineElement } from '../internal/define.js';

// JSX typings for React 19 users come with the registration modules (see src/jsx.d.ts).
export type {} from '../jsx.js';
export { AiTrainingVerdict } from './ai-training-verdict.component.js';

defineElement('ai-training-verdict', AiTrainingVerdict);

declare global {
  interface HTMLElementTagNameMap {
    'ai-training-verdict': AiTrainingVerdict;
  }
}
