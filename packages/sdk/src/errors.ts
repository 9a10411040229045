/** Shows user input in a message without letting a huge or control-character-laden id run wild. */
export function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short);
}

/**
 * Thrown (as a rejected promise) by every function that takes a tool id (`getTool`, `verdictFor`,
 * `compare`, `history` and the same methods of a client) when the id is not a tool of the dataset
 * and not a redirect to one.
 *
 * @example
 * ```ts
 * try {
 *   await getTool('jsaper');
 * } catch (error) {
 *   if (error instanceof UnknownToolError) error.suggestions; // ["jasper"]
 * }
 * ```
 */
export class UnknownToolError extends Error {
  override readonly name = 'UnknownToolError';
  /** The id as it was passed in. */
  readonly id: string;
  /**
   * Ids of tools whose id, name, vendor or alias is close to the input, best first (at most three,
   * possibly none).
   */
  readonly suggestions: readonly string[];

  constructor(id: string, suggestions: readonly string[] = []) {
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`
        : '';
    super(`Unknown AI tool id ${quote(id)}.${hint}`);
    this.id = id;
    this.suggestions = suggestions;
  }
}

/** A row of a record's tier table as `UnknownTierError` lists it. */
export interface TierChoice {
  /** The tier id, e.g. `consumer`. */
  readonly id: string;
  /** The row heading, e.g. `Free / Pro / Max (consumer)`. */
  readonly label: string;
  /** Plan names that also select this tier, e.g. `["Free", "Pro", "Max"]`. */
  readonly plans: readonly string[];
}

/**
 * Thrown (as a rejected promise) by `verdictFor`, and by `resolveTier`, when the tool has no tier
 * with that id, label or plan name. It lists the tiers the tool does have.
 */
export class UnknownTierError extends Error {
  override readonly name = 'UnknownTierError';
  /** The id of the tool that was asked about. */
  readonly toolId: string;
  /** The tier as it was passed in. */
  readonly tier: string;
  /** Every tier of the tool, in the order of its table. */
  readonly tiers: readonly TierChoice[];

  constructor(
    tool: { readonly id: string; readonly name: string },
    tier: string,
    tiers: readonly TierChoice[],
  ) {
    const plans = tiers.flatMap((t) => t.plans);
    super(
      `${tool.name} has no tier ${quote(tier)}. Its tiers are: ${tiers.map((t) => t.id).join(', ')}` +
        `${plans.length > 0 ? ` (or a plan name: ${plans.join(', ')})` : ''}.`,
    );
    this.toolId = tool.id;
    this.tier = tier;
    this.tiers = tiers;
  }
}
