/**
 * English text of a failed load (an id no record has), travelling with the failure module, so a
 * page whose cards load never downloads it. Other languages carry theirs as `failure`.
 */
import type { FailureStrings } from './en.js';

const failure: FailureStrings = {
  unknownTool: 'There is no AI training verdict for “{tool}”.',
  didYouMean: 'Did you mean {list}?',
};

export default failure;
