import type { ToolRecord } from '@ai-training-verdict/data/schema';
import { jsLiteral } from '@ai-training-verdict/data/vocabulary';
import { messagesFor, type LocaleOrMessages } from './labels.js';
import { format } from './text.js';

/** Which of the four seed-page questions an FAQ entry answers. */
export type FaqTopic = 'training' | 'opt-out' | 'zdr-dpa' | 'confidential';

/** One question and its answer, generated from a record's fields. */
export interface FaqEntry {
  readonly topic: FaqTopic;
  readonly question: string;
  readonly answer: string;
  /** False when the record lacks the field the answer comes from and the answer says "Not known". */
  readonly known: boolean;
}

/** Ends a sentence with a full stop unless it already ends with one (or ? ! …). */
const sentence = (text: string) =>
  /[.!?…]["'”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/**
 * The four questions and answers the seed pages show, generated from the record's fields (never
 * stored twice). When a field is absent the answer says plainly that it is not known.
 *
 * - training: `headline.shortAnswer` + `headline.summary`
 * - opt-out: `optOut.summary`
 * - zdr-dpa: `dataHandling.summary`
 * - confidential: each tier as "Label: detail.", then a reminder to confirm with the vendor
 *
 * @example
 * ```ts
 * faq(await getTool('jasper'))[1].question; // "Can I opt out of Jasper training on my data?"
 * ```
 */
export function faq(record: ToolRecord, locale?: LocaleOrMessages): FaqEntry[] {
  const m = messagesFor(locale).faq;
  const values = { tool: record.name, vendor: record.vendor };
  const tiers = record.tiers.map((tier) =>
    format(m.confidentialTier, { tier: tier.label, detail: sentence(tier.detail) }),
  );
  // "It depends on your plan tier" would be untrue of a record with a single row (AI21).
  const intro = record.tiers.length > 1 ? [m.confidentialIntro] : [];
  return [
    {
      topic: 'training',
      question: format(m.trainingQuestion, values),
      answer: `${record.headline.shortAnswer} ${record.headline.summary}`,
      known: true,
    },
    {
      topic: 'opt-out',
      question: format(m.optOutQuestion, values),
      answer: record.optOut ? record.optOut.summary : format(m.optOutUnknown, values),
      known: record.optOut !== undefined,
    },
    {
      topic: 'zdr-dpa',
      question: format(m.zdrDpaQuestion, values),
      answer: record.dataHandling ? record.dataHandling.summary : format(m.zdrDpaUnknown, values),
      known: record.dataHandling !== undefined,
    },
    {
      topic: 'confidential',
      question: format(m.confidentialQuestion, values),
      answer: [...intro, ...tiers, format(m.confidentialClosing, values)].join(' '),
      known: true,
    },
  ];
}

/** A schema.org `FAQPage`, ready for `<script type="application/ld+json">`. */
export interface FaqPageJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'FAQPage';
  readonly inLanguage: string;
  readonly mainEntity: ReadonlyArray<{
    readonly '@type': 'Question';
    readonly name: string;
    readonly acceptedAnswer: { readonly '@type': 'Answer'; readonly text: string };
  }>;
}

/**
 * The record's FAQ as schema.org `FAQPage` markup, for a blogger's page. Serialise it with
 * `serializeJsonLd` or `jsonLdScript`, never with a bare `JSON.stringify` inside HTML.
 */
export function jsonLd(record: ToolRecord, locale?: LocaleOrMessages): FaqPageJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: messagesFor(locale).lang,
    mainEntity: faq(record, locale).map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/**
 * JSON text that is safe inside an HTML `<script>` element: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026` (so `</script>` or `<!--` in the data cannot end the element), and U+2028 and
 * U+2029 are escaped too. The result still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  // The data package's one JavaScript-literal escaper, which its build writes records with too.
  return jsLiteral(value);
}

/**
 * A complete `<script type="application/ld+json">` element holding `value` serialised with
 * `serializeJsonLd`.
 *
 * @example jsonLdScript(jsonLd(await getTool('jasper'))) // '<script type="application/ld+json">{"@context":...}</script>'
 */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${serializeJsonLd(value)}</script>`;
}
