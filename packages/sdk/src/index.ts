/**
 * `@ai-training-verdict/sdk`: a small typed API over the AI training verdict records.
 *
 * @example
 * ```ts
 * import { getTool } from '@ai-training-verdict/sdk';
 * const jasper = await getTool('jasper');
 * jasper.headline.shortAnswer; // "Yes — Jasper trains on your data by default; you have to opt out."
 * ```
 */
import { redirects, type ToolId } from '@ai-training-verdict/data/catalog';
import { loaders } from '@ai-training-verdict/data/loaders';
import type { ToolRecord } from '@ai-training-verdict/data/schema';

export type { ToolId } from '@ai-training-verdict/data/catalog';
export type { ToolRecord } from '@ai-training-verdict/data/schema';

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Thrown by `getTool` for an id the dataset does not have. */
export class UnknownToolError extends Error {
  override readonly name = 'UnknownToolError';
  constructor(readonly id: string) {
    super(`Unknown AI tool id "${id}"`);
  }
}

/**
 * Loads the record for a tool id, following redirects of renamed ids. Only that tool's record is
 * loaded. Only the dataset's own ids count: `__proto__` or `toString` are unknown, never a prototype.
 */
export async function getTool(id: ToolId | (string & {})): Promise<ToolRecord> {
  const key = String(id).trim().toLowerCase();
  const target = hasOwn(redirects, key) ? redirects[key]!.redirectTo : key;
  if (!hasOwn(loaders, target)) throw new UnknownToolError(String(id));
  const record = await loaders[target]!();
  if (record.kind !== 'tool') throw new UnknownToolError(String(id));
  return record;
}
