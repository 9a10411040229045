/**
 * The CDN entry, `cdn/ai-training-verdict.js`: one script tag for every element. It registers
 * `<ai-training-verdict>` (card and compact badge) at once, and `<ai-training-table>` as soon as
 * the page has one: the table's own code is a chunk of its own, loaded when the first table
 * appears, so a page with cards only never downloads it.
 */
import './ai-training-verdict/ai-training-verdict.js';
import { defineWhenUsed } from './internal/autoload.js';

defineWhenUsed('ai-training-table', () => import('./ai-training-table/ai-training-table.js'));
