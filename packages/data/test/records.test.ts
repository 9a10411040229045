import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecordInputs, validateRecordSources } from '../src/node/validate.js';
import { formatProblem } from '../src/node/problems.js';
import { recordsDir } from './helpers.js';

const { inputs } = readRecordInputs([recordsDir]);
const shipped = () =>
  validateRecordSources(
    inputs.map((i) => ({ ...i, file: i.file.slice(recordsDir.length + 1) })),
    {
      now: new Date(),
      staleness: false,
    },
  );

describe('the shipped records', () => {
  it('are jasper, claude and ai21, and every one passes validation today', () => {
    const result = shipped();
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.tools.map((t) => t.id)).toEqual(['ai21', 'claude', 'jasper']);
  });

  it('are within their verification window on the day this release was prepared', () => {
    // Staleness depends on the calendar, so it is checked at a fixed date here and by
    // `pnpm validate` (today) for maintainers; records without a date are flagged, never hidden.
    const result = validateRecordSources(
      inputs.map((i) => ({ ...i, file: i.file.slice(recordsDir.length + 1) })),
      { now: new Date('2026-11-24T00:00:00Z') },
    );
    expect(result.errorCount).toBe(0);
    expect(result.problems.map((p) => `${p.file} ${p.rule} ${p.severity}`)).toEqual([
      'ai21.yaml never-verified warning',
      'claude.yaml never-verified warning',
    ]);
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
    'tiers[0].detail':
      'Quotes the clause ("solely to provide, maintain, and improve the Services") and restates the interpretive note.',
    'compliance.regulations[1]':
      'Names "Article 9 if special category data is inadvertently submitted" from the regulatory landscape.',
  },
  claude: {},
  jasper: {},
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
  'label:analysis',
]);

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9]/g, '');

function textLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    const key = path.split('.').pop() ?? '';
    if (key === 'sources' && value.every((v) => typeof v === 'string')) return []; // references
    return value.flatMap((item, i) => textLeaves(item, `${path}[${i}]`));
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

  it('carries none of the scraped page furniture', () => {
    const json = JSON.stringify(record);
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
