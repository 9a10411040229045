/**
 * The CDN entry, `cdn/ai-training-verdict.js`: one script tag for every element. It registers
 * `<ai-training-verdict>` (card and compact badge) at once, and `<ai-training-table>` as soon as
 * the page has one: the table's own code is a chunk of its own, loaded when the first table
 * appears, so a page with cards only never downloads it.
 *
 * `csp.cdn.ts` comes first: it runs before Lit, and loads every chunk the entry imports (see there).
 */
import './internal/csp.cdn.js';
import './ai-training-verdict/ai-training-verdict.js';
import { defineWhenUsed } from './internal/autoload.js';

defineWhenUsed('ai-training-table', () => import('./ai-training-table/ai-training-table.js'));
