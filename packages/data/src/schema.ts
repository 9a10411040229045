// zod/mini, the functional build of zod 4: the same core and the same issues, but no methods on
// every schema (classic zod attaches toJSONSchema and its whole JSON Schema generator to each), so a
// browser that validates a release loads a fraction of it. JSON Schema comes from z.toJSONSchema,
// for the maintainer tools only (src/node/json-schema.ts).
import * as z from 'zod/mini';
import {
  ARCHIVE_IDS,
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

/**
 * True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30), any year 0000-9999:
 * zod's own ISO date pattern (`z.iso.date()`), leap years included.
 */
export function isIsoDate(value: string): boolean {
  return z.regexes.date.test(value);
}

/** True for an absolute https:// URL. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && /^https:\/\//i.test(value);
  } catch {
    return false;
  }
}

/**
 * Messages for the issues the schemas leave to zod's defaults (a wrong type, a value outside the
 * vocabulary, an unknown key); every other check states its own. zod/mini loads no locale (zod's
 * English one would double what a browser validating a release downloads), so pass this as
 * `error` to `safeParse`, as the SDK's release check and the maintainer's validator do, rather than
 * set zod's global configuration, which belongs to the app.
 */
export function schemaMessages(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `is not a known field: ${issue.keys.join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : ''}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : ''}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return 'is not valid';
  }
}

/**
 * Set to `false` by builds for browsers that validate a release (the widget's CDN build defines it
 * for esbuild): descriptions are for editors, through the JSON Schema the maintainer tools write, so
 * there they drop out with their calls (about 1.7 kB gzipped). Undefined everywhere else: kept.
 */
declare const SCHEMA_DESCRIPTIONS: boolean | undefined;

/** `schema` with a description for the JSON Schema (and editors' hovers). */
const about = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  typeof SCHEMA_DESCRIPTIONS === 'boolean' && !SCHEMA_DESCRIPTIONS
    ? schema
    : schema.check(z.describe(description));

/** `schema`, optional. */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);

/** A list of at least one `item`. */
const some = <T extends z.ZodMiniType>(item: T, params?: { error: string }) =>
  z.array(item).check(z.minLength(1, params));

/**
 * The one text rule (issue 23), for every text field of a record and so of a release the SDK or the
 * widget's `src` loads: printable text on one line. By kind, what it refuses:
 * - line breaks (LF, CR, U+2028, U+2029): every field is one line to the card, the feeds and the
 *   Markdown writers, and no record needs one (YAML's `>-` folds long text);
 * - other control characters (C0, DEL, C1): escape sequences for a terminal, invalid in XML;
 * - lone surrogates: half a character, not Unicode text;
 * - noncharacters (U+FDD0-U+FDEF, U+xFFFE and U+xFFFF in every plane): not for interchange;
 * - bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9): invisible, they reorder what a reader
 *   sees, so a sentence can show the opposite of its letters. Right-to-left text needs none of them.
 * The groups give the kind a message names.
 */
const UNSAFE_TEXT = /([\n\r\u2028\u2029])|(\p{Cc})|(\p{Cs})|(\p{NChar})|(\p{Bidi_C})/u;
const UNSAFE_KINDS = [
  'line break',
  'control character',
  'lone surrogate',
  'noncharacter',
  'bidi control',
];

/** `UNSAFE_TEXT` the other way round: the pattern the JSON Schema gives editors. */
const PLAIN_TEXT = /^[^\p{Cc}\p{Cs}\p{NChar}\p{Bidi_C}\u2028\u2029]*$/u;

/** A code point as Unicode writes it: U+001B, U+10FFFF. */
const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text rule as a check, naming the first character it refuses, its kind and where it is. */
const plainText = z.regex(PLAIN_TEXT, {
  error: (issue) => {
    const found = UNSAFE_TEXT.exec(issue.input as string)!;
    const kind = UNSAFE_KINDS[found.slice(1).findIndex(Boolean)];
    return `must not contain a ${kind} (${codePoint(found[0])} at character ${found.index + 1})`;
  },
});

/** Text of at most `max` characters, under the text rule. */
const text = (max: number) =>
  z
    .string()
    .check(
      z.maxLength(max, { error: `must be at most ${max} characters` }),
      z.regex(/\S/, { error: 'must not be empty' }),
      plainText,
    );

/**
 * What makes a name look like markup in HTML, XML or Markdown: `<` and `>` (tags, autolinks), `[`
 * and `]` (links), a backtick (code), a backslash (escapes), or a character reference (`&lt;`,
 * `&#x202E;`), which would bring back in any HTML or Markdown what the text rule refuses. "AT&T"
 * and "Q&A" are names. Sentences may say "Settings > Privacy": prose is escaped by every writer.
 */
const MARKUP = /[<>[\]`\\]|&(#|\w+;)/;
/** `MARKUP` nowhere in the text: the pattern the JSON Schema gives editors. */
const NO_MARKUP = new RegExp(`^(?!.*(${MARKUP.source}))`);

/**
 * A name or label (a tool, a vendor, a plan, a document, a tier's heading...): text as `text`, and
 * no markup. These are what embed snippets and Markdown put in link text and headings.
 */
const label = (max: number) =>
  text(max).check(
    z.regex(NO_MARKUP, {
      error: (issue) => `must not look like markup ("${MARKUP.exec(issue.input as string)![0]}")`,
    }),
  );

const slug = z
  .string()
  .check(
    z.maxLength(LIMITS.id, { error: `must be at most ${LIMITS.id} characters` }),
    z.regex(ID_PATTERN, { error: 'must be lowercase letters and digits joined by single hyphens' }),
  );

/** A calendar date, `YYYY-MM-DD`. Dates stay strings so no time zone can shift them. */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE_PATTERN, { error: 'must be an ISO date (YYYY-MM-DD)' }),
  // Only judged once it has the shape, so "TODO-date" gets one message, not two.
  z.refine((value: string) => !ISO_DATE_PATTERN.test(value) || isIsoDate(value), {
    error: 'must be a real calendar date (YYYY-MM-DD)',
  }),
  // So an editor using the JSON Schema refuses 2025-02-30 as `validate` does, not only the pattern.
  z.meta({ format: 'date' }),
  z.describe('A calendar date, YYYY-MM-DD.'),
);

/** Why a URL that starts with https:// is not one a record may hold, or nothing when it is. */
function urlProblem(value: string): string | undefined {
  try {
    const url = new URL(value);
    // https://vendor.example@elsewhere.example/ names one site and leads to another.
    if (url.username || url.password) return 'must not hold a user name or password';
    // One spelling per address: no raw quotes, brackets or spaces, no uppercase host, no :443...
    if (url.href !== value) return `must be written ${url.href} (its canonical form)`;
  } catch {
    return 'must be a valid https:// URL';
  }
  return undefined;
}

const HTTPS = /^https:\/\//i;

/**
 * An absolute `https://` URL, written as `new URL(u).href` gives it back. Plain http, javascript:
 * and relative links are refused. Not zod's `z.url({ protocol: /^https$/ })`: it trims the text
 * before the checks after it see it and accepts `https:host`, so the canonical-form rule would still
 * be needed, with a looser text, and its one message would not say which rule failed.
 */
export const httpsUrlSchema = z.string().check(
  z.maxLength(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` }),
  z.regex(HTTPS, { error: 'must be an https:// URL' }),
  // Only judged once it starts with https://, so a plain http URL gets one message, not two.
  z.refine((value: string) => !HTTPS.test(value) || !urlProblem(value), {
    error: (issue) => urlProblem(issue.input as string),
  }),
  // So an editor using the JSON Schema refuses `https://exa mple.com/a b` as `validate` does.
  z.meta({ format: 'uri' }),
);

/** A full git commit hash: a permalink that names it can never point at another version. */
const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
/** `owner/name` as GitHub spells a repository. */
const REPOSITORY_PATTERN = /^[\w-]+\/[\w.-]+$/;
/**
 * A file's path inside a repository: segments of printable characters joined by "/", none empty,
 * "." or "..", so a permalink built from it stays inside the repository.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const REPO_PATH_PATTERN = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[^/\\\0-\x1f]+(?:\/[^/\\\0-\x1f]+)*$/;

/**
 * Where a public archive keeps the version of the vendor's document a quote was read in, so anyone
 * can open it and check us. `captured` is when the archive first saw this version (not an effective
 * date); `lastSeen` the archive's newest run that still had the quote (`check-archive --write`).
 * Descriptions are short: every word here is in what a browser validating a release downloads.
 */
export const archivedCopySchema = about(
  z.strictObject({
    archive: z.enum(ARCHIVE_IDS),
    repository: z.string().check(z.regex(REPOSITORY_PATTERN, { error: 'must be owner/name' })),
    commit: z.string().check(z.regex(COMMIT_PATTERN, { error: 'must be a full commit hash' })),
    path: z
      .string()
      .check(
        z.maxLength(LIMITS.label),
        z.regex(REPO_PATH_PATTERN, { error: 'must be a file path in the repository' }),
        plainText,
      ),
    captured: isoDateSchema,
    lastSeen: maybe(isoDateSchema),
    declaredUrls: some(httpsUrlSchema),
    permalink: maybe(httpsUrlSchema),
  }),
  "A public archive's copy of the document.",
);

const sourceRefs = about(
  some(slug),
  'Ids of entries in this record\'s "sources" that support the claim.',
);

const confidence = about(
  z.enum(CONFIDENCE_LEVELS),
  'How strongly the sources support this claim: high, medium or low.',
);

/** One piece of evidence: a URL or a named document, with an optional verbatim quote and dates. */
export const sourceSchema = about(
  z.strictObject({
    id: about(slug, 'Short id other fields use to cite this source.'),
    url: about(maybe(httpsUrlSchema), 'Where the source can be read. https only.'),
    document: about(
      maybe(label(LIMITS.label)),
      'Name of the document, when there is no URL or the URL does not say what it is.',
    ),
    kind: about(
      maybe(z.enum(SOURCE_KINDS)),
      'What kind of document this is, and so who is speaking: the vendor (terms, privacy-policy, dpa, help-center, announcement, trust-page, docs), news, a secondary summary (a lead) or analysis.',
    ),
    attribution: about(
      maybe(label(LIMITS.name)),
      'Who wrote it, for news, secondary and analysis sources (e.g. the site or service).',
    ),
    quote: about(maybe(text(LIMITS.quote)), 'A verbatim excerpt of the source.'),
    confirmation: about(
      maybe(
        z.strictObject({
          method: about(
            z.enum(QUOTE_CONFIRMATIONS),
            "live-page: read in the source's live page; archived-copy: in the copy named by archived; stored-copy: in a stored copy; secondary-only: only quoted by a secondary page, not yet found in the source itself.",
          ),
          date: about(maybe(isoDateSchema), 'The day the quote was read (live-page, stored-copy).'),
          captured: about(
            maybe(isoDateSchema),
            "The stored copy's capture date, when known (stored-copy).",
          ),
          via: about(maybe(slug), 'Id of the secondary source that quotes it (secondary-only).'),
        }),
      ),
      'How the quote (or, without one, the "supports" text) was confirmed.',
    ),
    archived: maybe(archivedCopySchema),
    supports: about(
      maybe(text(LIMITS.sentence)),
      'What this source supports in the record beyond its quote, as shown to readers ("Supports: ...").',
    ),
    published: about(maybe(isoDateSchema), 'Date the document was published or took effect.'),
    retrieved: about(maybe(isoDateSchema), 'Date the source was last read by a maintainer.'),
    status: about(
      maybe(z.enum(SOURCE_STATUSES)),
      'Set to quote-not-found or unreachable when the quote can no longer be found.',
    ),
  }),
  'A source: a URL or a named document, with an optional verbatim quote and dates.',
);

/** A row of the verdict table: a plan tier (Free, Team, API) or an audience (EU/UK users). */
export const tierSchema = z.strictObject({
  id: about(slug, 'Short id of the tier, unique in this record.'),
  label: about(label(LIMITS.label), 'The row heading as readers see it.'),
  kind: about(
    z.enum(TIER_KINDS),
    'Whether the row is a plan, an audience, a product or all users.',
  ),
  plans: about(
    maybe(some(label(LIMITS.name))),
    'Plan names this row covers, for look-ups by plan name.',
  ),
  verdict: about(z.enum(TIER_VERDICTS), "Whether this tier's data is used for training."),
  detail: about(text(LIMITS.sentence), 'One or two sentences explaining the verdict.'),
  since: about(maybe(isoDateSchema), 'Date the verdict took effect, when a source gives it.'),
  sources: maybe(sourceRefs),
  confidence: maybe(confidence),
});

/** One way a user can act on training: a toggle, an e-mail, a contract. */
export const consentMethodSchema = z.strictObject({
  mechanism: z.enum(CONSENT_MECHANISMS),
  description: text(LIMITS.sentence),
  who: about(maybe(label(LIMITS.label)), 'Who can use this method, in words.'),
  appliesTo: about(maybe(some(slug)), 'Ids of the tiers this method applies to.'),
  email: maybe(z.email({ error: 'must be an e-mail address' }).check(z.maxLength(LIMITS.name))),
  url: maybe(httpsUrlSchema),
  sources: maybe(sourceRefs),
});

export const optOutSchema = z.strictObject({
  availability: about(z.enum(OPT_OUT_AVAILABILITY), 'The opt-out badge.'),
  defaultState: about(
    maybe(z.enum(DEFAULT_STATES)),
    'What happens when the user does nothing, recorded apart from the mechanism.',
  ),
  summary: about(text(LIMITS.paragraph), 'How to opt out, who may, and what it costs.'),
  methods: maybe(some(consentMethodSchema)),
  consequences: about(
    maybe(some(text(LIMITS.sentence))),
    'What choosing one way or the other changes (for example retention).',
  ),
  deadline: about(
    maybe(z.strictObject({ date: isoDateSchema, description: text(LIMITS.sentence) })),
    'A date by which users had to choose.',
  ),
  sources: maybe(sourceRefs),
  confidence: maybe(confidence),
});

export const retentionSchema = z.strictObject({
  who: about(label(LIMITS.label), 'Whose data this period applies to.'),
  appliesTo: about(maybe(some(slug)), 'Ids of the tiers this period applies to.'),
  period: about(label(LIMITS.name), 'The period as the source states it, e.g. "7 days".'),
  days: about(maybe(z.int().check(z.positive())), 'The period in days, when it is a fixed number.'),
  condition: maybe(text(LIMITS.sentence)),
  effective: maybe(isoDateSchema),
  previous: about(maybe(label(LIMITS.name)), 'The period before the effective date.'),
  sources: maybe(sourceRefs),
});

const offerSchema = z.strictObject({
  availability: z.enum(OFFER_AVAILABILITY),
  detail: maybe(text(LIMITS.paragraph)),
  url: maybe(httpsUrlSchema),
  caveats: maybe(some(text(LIMITS.sentence))),
  sources: maybe(sourceRefs),
});

export const dataHandlingSchema = z.strictObject({
  zdrDpa: about(
    z.enum(OFFER_AVAILABILITY),
    'The ZDR / DPA badge: who can get zero data retention or a DPA. Derived from zdr and dpa (see deriveZdrDpa).',
  ),
  zdrDpaReason: about(
    maybe(text(LIMITS.sentence)),
    'Why the stored badge differs from what the zdr and dpa parts give (a badge only a source can state).',
  ),
  summary: text(LIMITS.paragraph),
  retention: maybe(some(retentionSchema)),
  zdr: about(maybe(offerSchema), 'Zero data retention.'),
  dpa: about(maybe(offerSchema), 'Data processing agreement / addendum.'),
  certifications: maybe(some(label(LIMITS.name))),
  thirdPartyModels: about(
    maybe(text(LIMITS.sentence)),
    'What the vendor says about model providers it uses training on customer content.',
  ),
  sources: maybe(sourceRefs),
});

export const listicleCorrectionSchema = z.strictObject({
  claim: about(maybe(text(LIMITS.sentence)), 'The common claim being corrected.'),
  correction: about(text(LIMITS.paragraph), 'What is actually true, and why.'),
  sources: maybe(sourceRefs),
});

export const conflictSchema = z.strictObject({
  summary: text(LIMITS.paragraph),
  sources: about(z.array(slug).check(z.minLength(2)), 'The sources that disagree.'),
  resolution: about(maybe(text(LIMITS.sentence)), 'Which one the record follows, and why.'),
});

export const clauseSchema = z.strictObject({
  id: slug,
  document: about(label(LIMITS.label), 'The document the clause comes from.'),
  source: about(slug, 'Id of the source holding the clause.'),
  text: about(text(LIMITS.quote), 'The clause, verbatim.'),
  plainMeaning: text(LIMITS.paragraph),
  whyItMatters: text(LIMITS.paragraph),
  interpretiveNote: about(maybe(text(LIMITS.paragraph)), 'Where the wording is ambiguous.'),
  userImpact: about(maybe(text(LIMITS.paragraph)), 'What the clause means for a user.'),
  analysisBy: about(
    maybe(slug),
    "Id of the analysis or secondary source whose words plainMeaning, whyItMatters, interpretiveNote and userImpact are; only the clause text is the vendor's.",
  ),
  products: about(maybe(some(label(LIMITS.name))), 'Products the clause covers.'),
});

/** Compliance notes are analysis, not vendor facts; `label: analysis` is required so no one forgets. */
export const complianceSchema = z.strictObject({
  label: z.literal('analysis', { error: 'must be "analysis": compliance notes are analysis' }),
  by: about(maybe(slug), "Id of the source whose analysis this is, when not the project's own."),
  disclaimer: text(LIMITS.paragraph),
  clause: about(maybe(slug), 'Id of the clause this analysis is about.'),
  regulations: some(label(LIMITS.label)),
  exposure: z.strictObject({ level: z.enum(EXPOSURE_LEVELS), detail: text(LIMITS.paragraph) }),
  jurisdictions: some(label(LIMITS.name)),
  regulatoryLandscape: text(LIMITS.analysis),
  jurisdictionFlags: text(LIMITS.analysis),
  contractImplications: text(LIMITS.analysis),
  complianceConsiderations: text(LIMITS.analysis),
});

const verdictState = z.strictObject({
  verdict: maybe(z.enum(TIER_VERDICTS)),
  text: maybe(text(LIMITS.sentence)),
  source: about(maybe(slug), 'Id of the source quoting the sentence then in force.'),
});

export const policyChangeSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[0]),
  date: about(maybe(isoDateSchema), 'Effective date of the change, when a source gives it.'),
  summary: text(LIMITS.paragraph),
  tier: about(maybe(slug), 'Id of the tier whose verdict changed.'),
  before: maybe(verdictState),
  after: maybe(verdictState),
  sources: maybe(sourceRefs),
});

export const recordCorrectionSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[1]),
  date: isoDateSchema,
  summary: text(LIMITS.paragraph),
  tier: maybe(slug),
  sources: maybe(sourceRefs),
});

export const reverifiedSchema = z.strictObject({
  type: z.literal(CHANGE_TYPES[2]),
  date: isoDateSchema,
  summary: maybe(text(LIMITS.paragraph)),
});

export const changeSchema = z.discriminatedUnion('type', [
  policyChangeSchema,
  recordCorrectionSchema,
  reverifiedSchema,
]);

export const headlineSchema = z.strictObject({
  verdict: about(
    z.enum(HEADLINE_VERDICTS),
    'Must agree with the tiers (see deriveHeadlineVerdict).',
  ),
  shortAnswer: about(text(LIMITS.shortAnswer), 'The one-sentence answer.'),
  summary: about(text(LIMITS.paragraph), 'A paragraph with the facts behind the answer.'),
});

/** The fields of a tool record, which the published and the authored schema share. */
const toolRecordShape = {
  kind: z.literal('tool'),
  id: about(slug, 'The tool id; equal to the file name.'),
  name: label(LIMITS.name),
  vendor: label(LIMITS.name),
  category: maybe(label(LIMITS.name)),
  officialSite: maybe(httpsUrlSchema),
  aliases: about(maybe(some(label(LIMITS.name))), 'Other names people search for.'),
  headline: headlineSchema,
  tiers: some(tierSchema, { error: 'must list at least one tier' }),
  optOut: maybe(optOutSchema),
  dataHandling: maybe(dataHandlingSchema),
  listicles: about(maybe(listicleCorrectionSchema), 'What the listicles get wrong.'),
  conflicts: maybe(some(conflictSchema)),
  clauses: maybe(some(clauseSchema)),
  compliance: maybe(complianceSchema),
  history: maybe(some(changeSchema)),
  sources: some(sourceSchema, { error: 'must list at least one source' }),
  lastVerified: about(maybe(isoDateSchema), 'Date a maintainer last checked every source.'),
  evidenceSeen: about(maybe(isoDateSchema), 'Derived: when the evidence was last seen current.'),
  confidence: about(maybe(confidence), 'Overall confidence in the record.'),
  caveat: maybe(text(LIMITS.sentence)),
};

const TOOL_RECORD = 'A record of whether an AI tool trains its models on your data.';

/**
 * One AI tool as published (`data.json`, `dist/tools/<id>.json`): everything a reader needs to know
 * about whether it trains on their data, with the derived values filled in.
 */
export const toolRecordSchema = about(z.strictObject(toolRecordShape), TOOL_RECORD);

/**
 * One AI tool as a maintainer writes it (`records/<id>.yaml`): the published shape, less what the
 * build derives. `headline.verdict` comes from the tiers and `dataHandling.zdrDpa` from the ZDR and
 * DPA parts; a stored value must agree with the derived one, except a badge with a stated reason.
 *
 * Built in a call marked pure, as are `recordFileSchema` and `catalogEntrySchema`: a page that
 * validates a release uses none of the three, and a bundler drops them, descriptions and all (room
 * the text rule takes in the widget's `src` budget).
 */
export const authoredToolRecordSchema = /* @__PURE__ */ (() =>
  about(
    z.strictObject({
      ...toolRecordShape,
      headline: z.extend(headlineSchema, {
        verdict: about(
          maybe(headlineSchema.shape.verdict),
          'Derived from the tiers when the record is built; leave it out.',
        ),
      }),
      dataHandling: maybe(
        z.extend(dataHandlingSchema, {
          zdrDpa: about(
            maybe(dataHandlingSchema.shape.zdrDpa),
            'Derived from zdr and dpa when the record is built; state it only with zdrDpaReason.',
          ),
        }),
      ),
    }),
    TOOL_RECORD,
  ))();

/** A renamed or merged tool: the old id keeps working and points at the new one. */
export const redirectRecordSchema = about(
  z.strictObject({
    kind: z.literal('moved'),
    id: slug,
    redirectTo: about(slug, 'Id of the record that replaces this one.'),
    date: isoDateSchema,
    reason: text(LIMITS.sentence),
  }),
  'A redirect from a renamed or merged tool id to its new id.',
);

/** What one authored file holds: a tool record or a redirect. */
export const recordFileSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [authoredToolRecordSchema, redirectRecordSchema]))();

/** One entry of the compact catalog: enough to list and link tools without loading them. */
export const catalogEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: slug,
    name: label(LIMITS.name),
    vendor: label(LIMITS.name),
    category: maybe(label(LIMITS.name)),
    aliases: maybe(z.array(label(LIMITS.name))),
    verdict: z.enum(HEADLINE_VERDICTS),
    lastVerified: maybe(isoDateSchema),
    evidenceSeen: maybe(isoDateSchema),
  }))();

/** The whole dataset as published in `data.json`. */
export const datasetSchema = z.strictObject({
  // The data package's version (semver), which a page may show: nothing else fits in it. The cap
  // comes first and stops the check, so a megabyte "version" gets one short message.
  version: z.string().check(
    z.maxLength(64, { error: 'must be at most 64 characters', abort: true }),
    z.regex(/^\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/, {
      error: 'must be a version number such as 1.2.3',
    }),
  ),
  tools: z.record(slug, toolRecordSchema),
  redirects: z.record(slug, redirectRecordSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type ArchivedCopy = z.infer<typeof archivedCopySchema>;
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
