/**
 * Registers `<ai-training-table>`. Import this file (or the package entry) for its side effect;
 * import `ai-training-table.component.js` for the class alone.
 */
import { defineElement } from '../internal/define.js';
import { AiTrainingTable } from './ai-training-table.component.js';

// JSX typings for React 19 users come with the registration modules (see src/jsx.d.ts).
export type {} from '../jsx.js';
export { AiTrainingTable } from './ai-training-table.component.js';

defineElement('ai-training-table', AiTrainingTable);

declare global {
  interface HTMLElementTagNameMap {
    'ai-training-table': AiTrainingTable;
  }
}
