// The data package's types under the SDK's name, each with a doc comment, so a developer needs
// only this package (and its hover text explains what the type is).
import type * as catalog from '@ai-training-verdict/data/catalog';
import type * as schema from '@ai-training-verdict/data/schema';

/** One AI tool: headline, tiers, opt-out, data handling, history and sources. */
export type ToolRecord = schema.ToolRecord;
/** A row of a record's verdict table: a plan tier (Free, Team, API) or an audience (EU/UK users). */
export type Tier = schema.Tier;
/** One piece of evidence: a URL or a named document, with an optional quote and dates. */
export type Source = schema.Source;
/** An entry of a record's change history: a policy change, a record correction or a re-verification. */
export type Change = schema.Change;
/** `policy-change` (the vendor), `record-correction` or `re-verified` (this project). */
export type ChangeType = schema.ChangeType;
/** How strongly a claim is supported: `high`, `medium` or `low`. */
export type Confidence = schema.Confidence;
/** A tool's one-line answer, derived from its tiers: `trains-by-default`, `depends-on-plan`, …. */
export type HeadlineVerdict = schema.HeadlineVerdict;
/** Whether ZDR or a DPA is offered: `offered`, `enterprise`, `not-offered` or `unknown`. */
export type OfferAvailability = schema.OfferAvailability;
/** Whether a user can opt out of training: `available`, `not-available`, `not-needed` or `unknown`. */
export type OptOutAvailability = schema.OptOutAvailability;
/** What a tier row describes: `plan`, `audience`, `product` or `all-users`. */
export type TierKind = schema.TierKind;
/** One tier's answer: a value of the data package's `TIER_VERDICTS`, such as `trains-unless-opt-out`. */
export type TierVerdict = schema.TierVerdict;
/** One entry of the compact index (`listTools`, `findTools`). */
export type CatalogEntry = catalog.CatalogEntry;
/** A renamed or merged tool id pointing at the record that replaced it. */
export type RedirectRecord = catalog.RedirectRecord;
/** A tool id of the bundled release. */
export type ToolId = catalog.ToolId;
