/**
 * Registers `<ai-training-verdict>`. Import this file (or the package entry) for its side effect;
 * import `ai-training-verdict.component.js` for the class alone.
 */
import { defineElement } from '../internal/define.js';
import { AiTrainingVerdict } from './ai-training-verdict.component.js';

// JSX typings for React 19 users come with the registration modules (see src/jsx.d.ts).
export type {} from '../jsx.js';
export { AiTrainingVerdict } from './ai-training-verdict.component.js';

defineElement('ai-training-verdict', AiTrainingVerdict);

declare global {
  interface HTMLElementTagNameMap {
    'ai-training-verdict': AiTrainingVerdict;
  }
}
