/**
 * English words of the compact badge and the table's out-of-date note, travelling with those
 * modules, so a default card never downloads them. Other languages carry theirs as `compact`.
 */
import type { InterfaceText } from '@ai-training-verdict/sdk';

const compact: InterfaceText['compact'] = {
  staleShort: 'may be out of date',
  source: 'source',
};

export default compact;
