import { ID_PATTERN, LIMITS } from '../schema.js';
import { CONFIDENCE_LEVELS, TIER_VERDICTS } from '../vocabulary.js';

/**
 * The text of a new record. Every required field holds a TODO, so the file fails validation until a
 * maintainer has replaced each one with sourced content (or removed the optional ones).
 */
export function recordSkeleton(
  id: string,
  name = 'TODO tool name',
  vendor = 'TODO vendor',
): string {
  if (!ID_PATTERN.test(id) || id.length > LIMITS.id) {
    throw new Error(
      `"${id}" is not a valid tool id (expected lowercase letters and digits joined by single hyphens, at most ${LIMITS.id} characters)`,
    );
  }
  const q = (value: string) => JSON.stringify(value);
  // The closed lists a maintainer picks from, from the vocabulary itself (never a copy of them).
  return `# yaml-language-server: $schema=../schema/tool-record.schema.json
# New record for ${id}. Every fact needs a source below; a fact no source gives stays out.
# Replace each TODO, delete the optional blocks you have no source for, then run: npm run validate
kind: tool
id: ${id}
name: ${q(name)}
vendor: ${q(vendor)}
category: TODO category, e.g. AI writing / marketing   # optional
# officialSite: https://...                              # optional

headline:
  # No verdict here: the build derives it from the tiers below (depends-on-plan when they differ).
  shortAnswer: TODO one-sentence answer
  summary: TODO a paragraph with the facts behind the answer

tiers:
  # One row per plan tier (kind: plan) or audience (kind: audience).
  # verdict: ${TIER_VERDICTS.join(' | ')}
  - id: TODO-tier-id
    label: TODO row heading, e.g. Free / Pro
    kind: plan
    verdict: TODO
    detail: TODO one or two sentences
    sources: [TODO-source-id]

# aliases:         other names people search for
# optOut:          how to opt out, who may, what it costs (see schema/tool-record.schema.json)
# dataHandling:    retention periods, ZDR, DPA (the ZDR / DPA badge is derived from zdr and dpa)
# listicles:       what the listicles get wrong
# conflicts:       sources that disagree, and how the record resolves it
# clauses:         a verbatim clause, its plain meaning and an interpretive note
# compliance:      compliance notes, always label: analysis
# history:         dated policy changes and record corrections

sources:
  - id: TODO-source-id
    url: https://TODO.example/terms
    quote: TODO verbatim quote that supports the verdict
    retrieved: TODO-date

# lastVerified: YYYY-MM-DD   # the day every source above was checked
# confidence: ${CONFIDENCE_LEVELS.join(' | ')}
# caveat: what a reader should keep in mind
`;
}
