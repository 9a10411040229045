/**
 * English text of a failed load (an id no record has), travelling with the failure module, so a
 * page whose cards load never downloads it. Other languages carry theirs as `failure`.
 */
import type { InterfaceText } from '@ai-training-verdict/sdk';

const failure: InterfaceText['failure'] = {
  unknownTool: 'There is no AI training verdict for “{tool}”.',
  didYouMean: 'Did you mean {list}?',
};

export default failure;
