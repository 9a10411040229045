/**
 * The table's "evidence" column: how many of a record's tiers rest on the vendor's own text (the
 * data package's `tierEvidenceBasis`). A renderer of its own (data.ts), loaded with the records:
 * through it, the data package's derivations come with the first table's data, not with the table's
 * class, which an app's bundle of the package loads up front (test/bundler-budget.test.mjs).
 */
import { tierEvidenceBasis } from '@ai-training-verdict/data/vocabulary';
import type { ToolRecord } from './record.js';

/** The number of `record`'s tiers whose cited sources are the vendor's own text. */
export const vendorTiers = (record: ToolRecord): number =>
  record.tiers.filter((tier) => tierEvidenceBasis(record, tier) === 'vendor').length;
