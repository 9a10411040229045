import { z } from 'zod';
import {
  CHANGE_TYPES,
  CONFIDENCE_LEVELS,
  CONSENT_MECHANISMS,
  DEFAULT_STATES,
  EXPOSURE_LEVELS,
  HEADLINE_VERDICTS,
  OFFER_AVAILABILITY,
  OPT_OUT_AVAILABILITY,
  QUOTE_CONFIRMATIONS,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  TIER_KINDS,
  TIER_VERDICTS,
} from './vocabulary.js';
import { ID_MAX_LENGTH, ID_PATTERN } from './ids.js';

/**
 * Length caps, in characters. They keep a card readable and a per-tool chunk small; a maintainer who
 * needs more is writing an essay, which belongs in a linked source, not in the card.
 */
export const LIMITS = {
  id: ID_MAX_LENGTH,
  name: 80,
  label: 120,
  shortAnswer: 240,
  sentence: 400,
  paragraph: 1200,
  quote: 1500,
  analysis: 2000,
  url: 2048,
} as const;

export { ID_PATTERN };
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30), any year 0000-9999. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // Plain arithmetic, not Date.UTC: Date.UTC maps the years 0-99 to 1900-1999.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** True for an absolute https:// URL. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && /^https:\/\//i.test(value);
  } catch {
    return false;
  }
}

const text = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/\S/, { error: 'must not be empty' });

const slug = z
  .string()
  .max(LIMITS.id, { error: `must be at most ${LIMITS.id} characters` })
  .regex(ID_PATTERN, { error: 'must be lowercase letters and digits joined by single hyphens' });

/** A calendar date, `YYYY-MM-DD`. Dates stay strings so no time zone can shift them. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { error: 'must be an ISO date (YYYY-MM-DD)' })
  // Only judged once it has the shape, so "TODO-date" gets one message, not two.
  .refine((value) => !ISO_DATE_PATTERN.test(value) || isIsoDate(value), {
    error: 'must be a real calendar date (YYYY-MM-DD)',
  })
  // So an editor using the JSON Schema refuses 2025-02-30 as `validate` does, not only the pattern.
  .meta({ format: 'date' })
  .describe('A calendar date, YYYY-MM-DD.');

/** An absolute `https://` URL. Plain http, javascript: and relative links are refused. */
export const httpsUrlSchema = z
  .string()
  .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` })
  .regex(/^https:\/\//, { error: 'must be an https:// URL' })
  // Only judged once it starts with https://, so a plain http URL gets one message, not two.
  .refine((value) => !value.startsWith('https://') || isHttpsUrl(value), {
    error: 'must be a valid https:// URL',
  })
  // So an editor using the JSON Schema refuses `https://exa mple.com/a b` as `validate` does.
  .meta({ format: 'uri' });

const sourceRefs = z
  .array(slug)
  .min(1)
  .describe('Ids of entries in this record\'s "sources" that support the claim.');

const confidence = z
  .enum(CONFIDENCE_LEVELS)
  .describe('How strongly the sources support this claim: high, medium or low.');

/** One piece of evidence: a URL or a named document, with an optional verbatim quote and dates. */
export const sourceSchema = z
  .strictObject({
    id: slug.describe('Short id other fields use to cite this source.'),
    url: httpsUrlSchema.optional().describe('Where the source can be read. https only.'),
    document: text(LIMITS.label)
      .optional()
      .describe('Name of the document, when there is no URL or the URL does not say what it is.'),
    kind: z
      .enum(SOURCE_KINDS)
      .optional()
      .describe(
        'What kind of document this is, and so who is speaking: the vendor (terms, privacy-policy, dpa, help-center, announcement, trust-page, docs), news, a secondary summary (a lead) or analysis.',
      ),
    attribution: text(LIMITS.name)
      .optional()
      .describe(
        'Who wrote it, for news, secondary and analysis sources (e.g. the site or service).',
      ),
    quote: text(LIMITS.quote).optional().describe('A verbatim excerpt of the source.'),
    confirmation: z
      .strictObject({
        method: z
          .enum(QUOTE_CONFIRMATIONS)
          .describe(
            "live-page: read in the source's live page; stored-copy: read in an archived or stored copy; secondary-only: only quoted by a secondary page, not yet found in the source itself.",
          ),
        date: isoDateSchema
          .optional()
          .describe('The day the quote was read (live-page, stored-copy).'),
        captured: isoDateSchema
          .optional()
          .describe("The stored copy's capture date, when known (stored-copy)."),
        via: slug
          .optional()
          .describe('Id of the secondary source that quotes it (secondary-only).'),
      })
      .optional()
      .describe('How the quote (or, without one, the "supports" text) was confirmed.'),
    supports: text(LIMITS.sentence)
      .optional()
      .describe(
        'What this source supports in the record beyond its quote, as shown to readers ("Supports: ...").',
      ),
    published: isoDateSchema.optional().describe('Date the document was published or took effect.'),
    retrieved: isoDateSchema.optional().describe('Date the source was last read by a maintainer.'),
    status: z
      .enum(SOURCE_STATUSES)
      .optional()
      .describe('Set to quote-not-found or unreachable when the quote can no longer be found.'),
  })
  .describe('A source: a URL or a named document, with an optional verbatim quote and dates.');

/** A row of the verdict table: a plan tier (Free, Team, API) or an audience (EU/UK users). */
export const tierSchema = z.strictObject({
  id: slug.describe('Short id of the tier, unique in this record.'),
  label: text(LIMITS.label).describe('The row heading as readers see it.'),
  kind: z
    .enum(TIER_KINDS)
    .describe('Whether the row is a plan, an audience, a product or all users.'),
  plans: z
    .array(text(LIMITS.name))
    .min(1)
    .optional()
    .describe('Plan names this row covers, for look-ups by plan name.'),
  verdict: z.enum(TIER_VERDICTS).describe("Whether this tier's data is used for training."),
  detail: text(LIMITS.sentence).describe('One or two sentences explaining the verdict.'),
  since: isoDateSchema.optional().describe('Date the verdict took effect, when a source gives it.'),
  sources: sourceRefs.optional(),
  confidence: confidence.optional(),
});

/** One way a user can act on training: a toggle, an e-mail, a contract. */
export const consentMethodSchema = z.strictObject({
  mechanism: z.enum(CONSENT_MECHANISMS),
  description: text(LIMITS.sentence),
  who: text(LIMITS.label).optional().describe('Who can use this method, in words.'),
  appliesTo: z.array(slug).min(1).optional().describe('Ids of the tiers this method applies to.'),
  email: z.email({ error: 'must be an e-mail address' }).max(LIMITS.name).optional(),
  url: httpsUrlSchema.optional(),
  sources: sourceRefs.optional(),
});

export const optOutSchema = z.strictObject({
  availability: z.enum(OPT_OUT_AVAILABILITY).describe('The opt-out badge.'),
  defaultState: z
    .enum(DEFAULT_STATES)
    .optional()
    .describe('What happens when the user does nothing, recorded apart from the mechanism.'),
  summary: text(LIMITS.paragraph).describe('How to opt out, who may, and what it costs.'),
  methods: z.array(consentMethodSchema).min(1).optional(),
  consequences: z
    .array(text(LIMITS.sentence))
    .min(1)
    .optional()
    .describe('What choosing one way or the other changes (for example retention).'),
  deadline: z
    .strictObject({ date: isoDateSchema, description: text(LIMITS.sentence) })
    .optional()
    .describe('A date by which users had to choose.'),
  sources: sourceRefs.optional(),
  confidence: confidence.optional(),
});

export const retentionSchema = z.strictObject({
  who: text(LIMITS.label).describe('Whose data this period applies to.'),
  appliesTo: z.array(slug).min(1).optional().describe('Ids of the tiers this period applies to.'),
  period: text(LIMITS.name).describe('The period as the source states it, e.g. "7 days".'),
  days: z.int().positive().optional().describe('The period in days, when it is a fixed number.'),
  condition: text(LIMITS.sentence).optional(),
  effective: isoDateSchema.optional(),
  previous: text(LIMITS.name).optional().describe('The period before the effective date.'),
  sources: sourceRefs.optional(),
});

const offerSchema = z.strictObject({
  availability: z.enum(OFFER_AVAILABILITY),
  detail: text(LIMITS.paragraph).optional(),
  url: httpsUrlSchema.optional(),
  caveats: z.array(text(LIMITS.sentence)).min(1).optional(),
  sources: sourceRefs.optional(),
});

export const dataHandlingSchema = z.strictObject({
  zdrDpa: z
    .enum(OFFER_AVAILABILITY)
    .describe(
      'The ZDR / DPA badge: who can get zero data retention or a DPA. Derived from zdr and dpa (see deriveZdrDpa).',
    ),
  zdrDpaReason: text(LIMITS.sentence)
    .optional()
    .describe(
      'Why the stored badge differs from what the zdr and dpa parts give (a badge only a source can state).',
    ),
  summary: text(LIMITS.paragraph),
  retention: z.array(retentionSchema).min(1).optional(),
  zdr: offerSchema.optional().describe('Zero data retention.'),
  dpa: offerSchema.optional().describe('Data processing agreement / addendum.'),
  certifications: z.array(text(LIMITS.name)).min(1).optional(),
  thirdPartyModels: text(LIMITS.sentence)
    .optional()
    .describe('What the vendor says about model providers it uses training on customer content.'),
  sources: sourceRefs.optional(),
});

export const listicleCorrectionSchema = z.strictObject({
  claim: text(LIMITS.sentence).optional().describe('The common claim being corrected.'),
  correction: text(LIMITS.paragraph).describe('What is actually true, and why.'),
  sources: sourceRefs.optional(),
});

export const conflictSchema = z.strictObject({
  summary: text(LIMITS.paragraph),
  sources: z.array(slug).min(2).describe('The sources that disagree.'),
  resolution: text(LIMITS.sentence).optional().describe('Which one the record follows, and why.'),
});

export const clauseSchema = z.strictObject({
  id: slug,
  document: text(LIMITS.label).describe('The document the clause comes from.'),
  source: slug.describe('Id of the source holding the clause.'),
  text: text(LIMITS.quote).describe('The clause, verbatim.'),
  plainMeaning: text(LIMITS.paragraph),
  whyItMatters: text(LIMITS.paragraph),
  interpretiveNote: text(LIMITS.paragraph).optional().describe('Where the wording is ambiguous.'),
  userImpact: text(LIMITS.paragraph).optional().describe('What the clause means for a user.'),
  analysisBy: slug
    .optional()
    .describe(
      "Id of the analysis or secondary source whose words plainMeaning, whyItMatters, interpretiveNote and userImpact are; only the clause text is the vendor's.",
    ),
  products: z.array(text(LIMITS.name)).min(1).optional().describe('Products the clause covers.'),
});

/** Compliance notes are analysis, not vendor facts; `label: analysis` is required so no one forgets. */
export const complianceSchema = z.strictObject({
  label: z.literal('analysis', { error: 'must be "analysis": compliance notes are analysis' }),
  by: slug
    .optional()
    .describe("Id of the source whose analysis this is, when not the project's own."),
  disclaimer: text(LIMITS.paragraph),
  clause: slug.optional().describe('Id of the clause this analysis is about.'),
  regulations: z.array(text(LIMITS.label)).min(1),
  exposure: z.strictObject({ level: z.enum(EXPOSURE_LEVELS), detail: text(LIMITS.paragraph) }),
  jurisdictions: z.array(text(LIMITS.name)).min(1),
  regulatoryLandscape: text(LIMITS.analysis),
  jurisdictionFlags: text(LIMITS.analysis),
  contractImplications: text(LIMITS.analysis),
  complianceConsiderations: text(LIMITS.analysis),
});

const verdictState = z.strictObject({
  verdict: z.enum(TIER_VERDICTS).optional(),
  text: text(LIMITS.sentence).optional(),
});

export const policyChangeSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[0]),
  date: isoDateSchema.optional().describe('Effective date of the change, when a source gives it.'),
  summary: text(LIMITS.paragraph),
  tier: slug.optional().describe('Id of the tier whose verdict changed.'),
  before: verdictState.optional(),
  after: verdictState.optional(),
  sources: sourceRefs.optional(),
});

export const recordCorrectionSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[1]),
  date: isoDateSchema,
  summary: text(LIMITS.paragraph),
  sources: sourceRefs.optional(),
});

export const reverifiedSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[2]),
  date: isoDateSchema,
  summary: text(LIMITS.paragraph).optional(),
});

export const changeSchema = z.discriminatedUnion('type', [
  policyChangeSchema,
  recordCorrectionSchema,
  reverifiedSchema,
]);

export const headlineSchema = z.strictObject({
  verdict: z
    .enum(HEADLINE_VERDICTS)
    .describe('Must agree with the tiers (see deriveHeadlineVerdict).'),
  shortAnswer: text(LIMITS.shortAnswer).describe('The one-sentence answer.'),
  summary: text(LIMITS.paragraph).describe('A paragraph with the facts behind the answer.'),
});

/**
 * One AI tool as published (`data.json`, `dist/tools/<id>.json`): everything a reader needs to know
 * about whether it trains on their data, with the derived values filled in.
 */
export const toolRecordSchema = z
  .strictObject({
    kind: z.literal('tool'),
    id: slug.describe('The tool id; equal to the file name.'),
    name: text(LIMITS.name),
    vendor: text(LIMITS.name),
    category: text(LIMITS.name).optional(),
    officialSite: httpsUrlSchema.optional(),
    aliases: z
      .array(text(LIMITS.name))
      .min(1)
      .optional()
      .describe('Other names people search for.'),
    headline: headlineSchema,
    tiers: z.array(tierSchema).min(1, { error: 'must list at least one tier' }),
    optOut: optOutSchema.optional(),
    dataHandling: dataHandlingSchema.optional(),
    listicles: listicleCorrectionSchema.optional().describe('What the listicles get wrong.'),
    conflicts: z.array(conflictSchema).min(1).optional(),
    clauses: z.array(clauseSchema).min(1).optional(),
    compliance: complianceSchema.optional(),
    history: z.array(changeSchema).min(1).optional(),
    sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
    lastVerified: isoDateSchema.optional().describe('Date a maintainer last checked every source.'),
    confidence: confidence.optional().describe('Overall confidence in the record.'),
    caveat: text(LIMITS.sentence).optional(),
  })
  .describe('A record of whether an AI tool trains its models on your data.');

/**
 * One AI tool as a maintainer writes it (`records/<id>.yaml`): the published shape, less what the
 * build derives. `headline.verdict` comes from the tiers and `dataHandling.zdrDpa` from the ZDR and
 * DPA parts; a stored value must agree with the derived one, except a badge with a stated reason.
 */
export const authoredToolRecordSchema = toolRecordSchema.extend({
  headline: headlineSchema.extend({
    verdict: headlineSchema.shape.verdict
      .optional()
      .describe('Derived from the tiers when the record is built; leave it out.'),
  }),
  dataHandling: dataHandlingSchema
    .extend({
      zdrDpa: dataHandlingSchema.shape.zdrDpa
        .optional()
        .describe(
          'Derived from zdr and dpa when the record is built; state it only with zdrDpaReason.',
        ),
    })
    .optional(),
});

/** A renamed or merged tool: the old id keeps working and points at the new one. */
export const redirectRecordSchema = z
  .strictObject({
    kind: z.literal('moved'),
    id: slug,
    redirectTo: slug.describe('Id of the record that replaces this one.'),
    date: isoDateSchema,
    reason: text(LIMITS.sentence),
  })
  .describe('A redirect from a renamed or merged tool id to its new id.');

/** What one authored file holds: a tool record or a redirect. */
export const recordFileSchema = z.discriminatedUnion('kind', [
  authoredToolRecordSchema,
  redirectRecordSchema,
]);

/** One entry of the compact catalog: enough to list and link tools without loading them. */
export const catalogEntrySchema = z.strictObject({
  id: slug,
  name: text(LIMITS.name),
  vendor: text(LIMITS.name),
  category: text(LIMITS.name).optional(),
  aliases: z.array(text(LIMITS.name)).optional(),
  verdict: z.enum(HEADLINE_VERDICTS),
  lastVerified: isoDateSchema.optional(),
});

/** The whole dataset as published in `data.json`. */
export const datasetSchema = z.strictObject({
  version: z.string(),
  tools: z.record(slug, toolRecordSchema),
  redirects: z.record(slug, redirectRecordSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type ConsentMethod = z.infer<typeof consentMethodSchema>;
export type OptOut = z.infer<typeof optOutSchema>;
export type Retention = z.infer<typeof retentionSchema>;
export type DataHandling = z.infer<typeof dataHandlingSchema>;
export type ListicleCorrection = z.infer<typeof listicleCorrectionSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Compliance = z.infer<typeof complianceSchema>;
export type PolicyChange = z.infer<typeof policyChangeSchema>;
export type RecordCorrection = z.infer<typeof recordCorrectionSchema>;
export type Reverified = z.infer<typeof reverifiedSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type ToolRecord = z.infer<typeof toolRecordSchema>;
export type AuthoredToolRecord = z.infer<typeof authoredToolRecordSchema>;
export type RedirectRecord = z.infer<typeof redirectRecordSchema>;
export type RecordFile = z.infer<typeof recordFileSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
