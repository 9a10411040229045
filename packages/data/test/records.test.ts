import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../src/node/rules.js';
import { validateShipped } from './helpers.js';

// Every shipped record is judged on its as-of day (the latest date the records hold), never the
// machine's clock: see asOfDay in helpers.ts.
const shipped = () => validateShipped();

describe('the shipped records', () => {
  it('every one passes validation on the day the records were last dated', () => {
    const result = shipped();
    expect(result.inputs.length).toBeGreaterThan(0);
    expect(result.lines).toEqual([]);
    expect(result.tools.length + result.redirects.length).toBe(result.inputs.length);
  });

  it('have their staleness reported as warnings, never as a failure of the suite', () => {
    // Staleness depends on the calendar: `pnpm validate` judges it on the real day for maintainers.
    // Here it is measured on the as-of day, and a stale or never-verified record only prints a
    // warning; what must hold is that the validator flags exactly the records it should.
    const result = shipped();
    const withStaleness = validateShipped({ staleness: true }).problems;
    const staleness = withStaleness.filter(
      (p) => p.rule === 'stale' || p.rule === 'never-verified',
    );
    expect(withStaleness.filter((p) => !staleness.includes(p))).toEqual([]);
    for (const problem of staleness) {
      console.warn(`staleness on ${result.today}: ${problem.file}  ${problem.message}`);
    }
    // An error when the verification is over a year old; else a warning when the evidence (when
    // the sources were last seen current, else the verification) is over 180 days old.
    const expected = result.tools.flatMap((tool) => {
      const never = tool.lastVerified === undefined ? [`${tool.id} never-verified warning`] : [];
      if (tool.lastVerified && daysBetween(tool.lastVerified, result.today) > 365)
        return [`${tool.id} stale error`];
      const basis = tool.evidenceSeen ?? tool.lastVerified;
      if (basis && daysBetween(basis, result.today) > 180)
        return [...never, `${tool.id} stale warning`];
      return never;
    });
    expect(
      staleness.map((p) => `${p.file.replace(/\.ya?ml$/, '')} ${p.rule} ${p.severity}`),
    ).toEqual(expected);
  });
});

/**
 * "Nothing invented": every sentence of every text field must appear in the tool's seed page
 * (test/seeds, copied from the source pages the records were written from). Comparison ignores
 * case, punctuation and white space. The few strings the seeds do not contain are structure we
 * had to write (a row label, a one-line answer); each is listed here with the reason.
 */
const AUTHORED: Record<string, Record<string, string>> = {
  ai21: {
    'headline.shortAnswer':
      'The seed page has no one-line answer; this one restates its clause and interpretive note.',
    'tiers[0].label':
      'The seed page has no tier table; the clause applies to every user of the Services.',
    'headline.summary':
      "The seed's summary, with its plain-meaning sentence attributed to the monitoring service's analysis and the clause (ai21-terms-of-use) stated first (issue 22 review: the analysis's words are not a fact about AI21).",
    'tiers[0].detail':
      'Quotes the clause ("solely to provide, maintain, and improve the Services") and restates the interpretive note.',
    'compliance.regulations[1]':
      'Names "Article 9 if special category data is inadvertently submitted" from the regulatory landscape.',
    'sources[1].document':
      "Names the seed page itself, a monitoring service's analysis of the Terms of Use (shared/SOURCES.md).",
    'sources[1].attribution':
      'The monitoring service the seed page comes from (shared/SOURCES.md).',
  },
  claude: {
    'sources[3].attribution':
      'Who wrote the seed page itself: the project knows only that it is a "Does X train on your data?" aggregator (shared/SOURCES.md).',
    // Issue 10: re-checked against stored copies of Anthropic's own pages, which are newer than,
    // or contradict, the seed page. The seed's words stay (conflicts, history); these say what
    // Anthropic's text says, each from the sources the field cites.
    'headline.shortAnswer':
      "The seed's answer plus the opt-in exception (anthropic-processor-controller, claude-api-retention-docs).",
    'headline.summary':
      "The seed's summary plus the opt-in exception (anthropic-processor-controller, claude-api-retention-docs).",
    'optOut.summary':
      "The seed's summary plus the opt-in exception (anthropic-processor-controller, claude-api-retention-docs).",
    'tiers[1].detail':
      "The seed's detail plus the Development Partner Program exception (anthropic-processor-controller) and the Commercial Terms' sentence (claude-commercial-terms, archived).",
    'tiers[2].detail':
      'Anthropic\'s own text (claude-api-retention-docs, anthropic-commercial-retention, claude-commercial-terms) in place of the seed\'s "never used for training; 7-day retention", which conflicts[0] and conflicts[1] keep.',
    'dataHandling.summary':
      "The seed's summary, corrected by Anthropic's own text (anthropic-commercial-retention, claude-api-retention-docs, claude-covered-models-*).",
    'dataHandling.retention[0].condition':
      'The exception in anthropic-commercial-retention ("except when you and we have agreed otherwise (e.g. zero data retention agreement)").',
    'dataHandling.retention[1].who':
      'Who claude-covered-models-scope says the 30-day rule applies to.',
    'dataHandling.zdr.caveats[1]': 'claude-covered-models-retention and -scope, in short.',
    'dataHandling.dpa.url':
      "The URL the public terms archive declares for Anthropic's Data Processing Addendum (claude-dpa); the seed page links a DPA without giving its address.",
    'conflicts[0].summary':
      'Sets the seed page (7 days) beside anthropic-commercial-retention (30 days).',
    'conflicts[0].resolution': 'Which one the record follows, and why.',
    'conflicts[1].summary':
      'Sets the seed page ("never used for training") beside anthropic-processor-controller, claude-api-retention-docs and claude-commercial-terms.',
    'conflicts[1].resolution': 'Which one the record follows, and why.',
    // Issue 22: Anthropic's own text read in the public terms archive (archived-copy sources).
    'conflicts[2].summary':
      'Sets the seed page ("previously did not train on consumer chats") beside claude-privacy-before-change.',
    'conflicts[2].resolution': 'Which one the history follows, and why.',
    'conflicts[3].summary':
      "Sets the seed page's date (28 Aug 2025) beside the effective dates in claude-privacy-after-change and claude-privacy-effective-2025-10.",
    'conflicts[3].resolution': "Which date the history keeps, and what Anthropic's text says.",
    'history[0].before.text':
      'claude-privacy-before-change in plain words (the seed\'s "did not train" is kept in conflicts[2] and the listicles correction).',
    'history[0].after.text': 'claude-privacy-after-change in plain words.',
    'history[1].summary':
      "The seed's sentence (7 days, reduced from 30 on 14 Sep 2025) kept verbatim but attributed to the seed page, beside Anthropic's 30 days as conflicts[0] sets them (review of issue 22: a policy change must not state the seed's claim as a vendor change).",
    'history[2].summary': 'claude-covered-models-retention and -scope, in short.',
    'history[2].before.text': 'The seed\'s ZDR detail ("not stored beyond abuse screening").',
    'history[2].after.text': 'claude-covered-models-retention, in short.',
    'history[3].summary': 'The record correction this re-check made, naming what changed.',
    'history[4].summary':
      'The record correction the archive re-read (issue 22) made, naming what changed.',
  },
  jasper: {
    'sources[3].attribution':
      'Who wrote the seed page itself: the project knows only that it is a "Does X train on your data?" aggregator (shared/SOURCES.md).',
    // Issue 22: the Terms' change as the public terms archive captured it (archived-copy sources).
    'history[0].summary':
      'What jasper-terms-2024-09 and jasper-terms-eu-uk-2025-09 show changed for EU/UK users, and when the archive saw it.',
    'history[0].before.text': 'jasper-terms-2024-09 in plain words.',
    'history[0].after.text': 'jasper-terms-eu-uk-2025-09 in plain words.',
    'history[1].summary':
      'What jasper-terms-2024-09 and jasper-terms-2025-09 show changed in the training clause, and the effective dates the captures show.',
    'history[1].before.text': 'jasper-terms-2024-09 in plain words.',
    'history[1].after.text': 'jasper-terms-2025-09 in plain words.',
    'history[2].summary':
      'The record correction the archive re-read made, naming what it confirmed.',
    // Issue 22 review: the seed's "you have to opt out" stays in the headline; this note makes plain
    // that the Terms give the opt-out to EU/UK users only (jasper-terms-eu-uk-objection, jasper-terms).
    'conflicts[1].summary':
      "Sets the seed's one-line answer beside jasper-terms-eu-uk-objection, whose objection right is for EU/UK users only.",
    'conflicts[1].resolution': 'Which one the headline and the rows follow, and why.',
  },
};

/** Who wrote each seed page (shared/SOURCES.md): the only place a record may name them. */
const SEED_AUTHORS: Record<string, string> = {
  ai21: 'ConductAtlas',
  claude: 'A "Does X train on your data?" aggregator',
  jasper: 'A "Does X train on your data?" aggregator',
};

/** Keys whose values are vocabulary, ids or dates, checked by the schema rather than by the seed. */
const STRUCTURAL = new Set([
  'kind',
  'id',
  'verdict',
  'availability',
  'defaultState',
  'mechanism',
  'type',
  'tier',
  'appliesTo',
  'source',
  'clause',
  'level',
  'zdrDpa',
  'confidence',
  'status',
  'published',
  'retrieved',
  'since',
  'date',
  'effective',
  'lastVerified',
  'evidenceSeen',
  'lastSeen',
  'captured',
  'label:analysis',
  // How a quote was confirmed, and which source's analysis a text is: vocabulary and ids.
  'method',
  'via',
  'by',
  'analysisBy',
]);

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9]/g, '');

/**
 * A source read in the vendor's own text (live page, archived or stored copy) speaks for itself:
 * its quote is checked against that text (check-archive, check-sources), not against the seed page.
 */
const readInVendorText = (source: Record<string, unknown>) => {
  const method = (source.confirmation as { method?: string } | undefined)?.method;
  return (
    (method === 'live-page' || method === 'archived-copy' || method === 'stored-copy') &&
    !['news', 'secondary', 'analysis'].includes(String(source.kind))
  );
};

function textLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    const key = path.split('.').pop() ?? '';
    if (key === 'sources' && value.every((v) => typeof v === 'string')) return []; // references
    return value.flatMap((item, i) =>
      key === 'sources' && readInVendorText(item as Record<string, unknown>)
        ? []
        : textLeaves(item, `${path}[${i}]`),
    );
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      const structural = STRUCTURAL.has(key) || (key === 'label' && child === 'analysis');
      const id = key === 'id' && path.startsWith('sources');
      return structural || id ? [] : textLeaves(child, path ? `${path}.${key}` : key);
    });
  }
  return [];
}

describe.each(['jasper', 'claude', 'ai21'])('the %s record', (id) => {
  const record = shipped().tools.find((t) => t.id === id)!;
  const seed = squash(readFileSync(new URL(`./seeds/${id}.txt`, import.meta.url), 'utf8'));

  it('says nothing its seed page does not say', () => {
    const authored = AUTHORED[id]!;
    const missing = textLeaves(record)
      .filter(([path]) => !(path in authored))
      .flatMap(([path, text]) =>
        text
          .split(/(?<=[.;])\s+/)
          .filter((sentence) => squash(sentence) && !seed.includes(squash(sentence)))
          .map((sentence) => `${path}: ${sentence}`),
      );
    expect(missing).toEqual([]);
  });

  it('lists only authored strings that exist', () => {
    const paths = new Set(textLeaves(record).map(([path]) => path));
    expect(Object.keys(AUTHORED[id]!).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('carries none of the scraped page furniture, and names the monitoring service only as the author of its analysis', () => {
    // The seed page itself is cited, as a secondary source credited to whoever wrote it.
    const credited = record.sources.filter((s) => s.kind === 'secondary');
    expect(credited.map((s) => s.attribution)).toEqual([SEED_AUTHORS[id]]);
    const json = JSON.stringify({
      ...record,
      sources: record.sources.filter((s) => !credited.includes(s)),
    });
    for (const noise of [
      'Consensys',
      'Ledger',
      'RedCard',
      'ConductAtlas',
      'credit card',
      'newsletter',
      'Leave your email',
      'Get notified',
    ]) {
      expect(json).not.toContain(noise);
    }
  });
});
