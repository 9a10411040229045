/**
 * `cdn/ai-training-table.js`: the table's entry before `cdn/ai-training-verdict.js` registered every
 * element. Kept so that snippets written for it keep working; it loads the one entry.
 */
import './cdn.js';
