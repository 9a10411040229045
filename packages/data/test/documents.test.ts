/**
 * The documents that list the tier verdicts (READMEs, guides, the validator's output they quote)
 * follow `TIER_VERDICTS`. The marked places are written from the vocabulary by `pnpm schema:write`
 * (scripts/verdict-documents.ts) and must be up to date; any other paragraph that names most of the
 * verdicts is a list of them and must name every one, so a verdict added to the vocabulary fails
 * here, naming each document and line still to update. The closed lists of the code follow the
 * vocabulary by type or by import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documents,
  packageVerdictRules,
  tierVerdictRules,
  writeVerdictPlaces,
} from '../scripts/verdict-documents.js';
import { TIER_VERDICTS } from '../src/vocabulary.js';
import { packageDir } from './helpers.js';

const rootDir = join(packageDir, '..', '..');

/** The verdicts a text names, each as a whole word (`trains` is not `trains-if-opt-in`). */
const named = (text: string) =>
  TIER_VERDICTS.filter((v) => new RegExp(`(?<![\\w-])${v}(?![\\w-])`).test(text));

/**
 * The paragraphs of `text` that list the tier verdicts (name more than half of them), with the
 * line each starts on and the verdicts each leaves out.
 */
function incompleteLists(text: string): { line: number; missing: string[] }[] {
  const found: { line: number; missing: string[] }[] = [];
  let line = 1;
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const names = named(paragraph);
    if (names.length > TIER_VERDICTS.length / 2 && names.length < TIER_VERDICTS.length) {
      found.push({ line, missing: TIER_VERDICTS.filter((v) => !names.includes(v)) });
    }
    line += paragraph.split('\n').length + 1;
  }
  return found;
}

describe('the documents that list the tier verdicts', () => {
  it('find a list that leaves a verdict out, with its line', () => {
    const [first, ...rest] = TIER_VERDICTS;
    const text = `# Title\n\nIntro.\n\nVerdicts: ${rest.map((v) => `\`${v}\``).join(', ')}.\n`;
    expect(incompleteLists(text)).toEqual([{ line: 5, missing: [first] }]);
    expect(incompleteLists(`Verdicts: ${TIER_VERDICTS.join(', ')}.`)).toEqual([]);
  });

  it('list every verdict of TIER_VERDICTS', () => {
    const docs = documents(rootDir);
    // The data package's README lists them, so the walk reaches the documents at all.
    expect(docs).toContain(join('packages', 'data', 'README.md'));
    const incomplete = docs.flatMap((doc) =>
      incompleteLists(readFileSync(join(rootDir, doc), 'utf8')).map(
        ({ line, missing }) => `${doc}:${line} leaves out ${missing.join(', ')}`,
      ),
    );
    expect(incomplete).toEqual([]);
  });
});

/** A vocabulary with a verdict the real one lacks, as `vocabulary.ts` writes it. */
const FIXTURE_VOCABULARY = `
export const TIER_VERDICTS = [
  /** The text says it trains. */
  'trains',
  /**
   * The text says it trains on what the user's admin allows, a new verdict's rule that runs past
   * one line of the comment.
   */
  'trains-if-admin-allows',
  /** No vendor text found. */
  'unknown',
] as const;
`;

describe("the documents' marked places", () => {
  const rules = tierVerdictRules(FIXTURE_VOCABULARY);

  it("read each verdict's rule from its doc comment, in the vocabulary's order", () => {
    expect(rules).toEqual([
      { verdict: 'trains', rule: 'The text says it trains.' },
      {
        verdict: 'trains-if-admin-allows',
        rule: "The text says it trains on what the user's admin allows, a new verdict's rule that runs past one line of the comment.",
      },
      { verdict: 'unknown', rule: 'No vendor text found.' },
    ]);
    // The real vocabulary: every value, in order, each with a rule.
    expect(packageVerdictRules(packageDir).map((r) => r.verdict)).toEqual([...TIER_VERDICTS]);
  });

  it("leave a line comment after a doc comment out of its verdict's rule", () => {
    const noted = FIXTURE_VOCABULARY.replace(
      '  /** No vendor text found. */\n',
      '  /** No vendor text found. */\n  // A note for maintainers, not a rule.\n',
    );
    expect(noted).not.toBe(FIXTURE_VOCABULARY);
    expect(tierVerdictRules(noted)).toEqual(rules);
  });

  it('refuse a verdict without a rule, naming it', () => {
    const bare = FIXTURE_VOCABULARY.replace('  /** No vendor text found. */\n', '');
    expect(() => tierVerdictRules(bare)).toThrow(
      "vocabulary.ts: the tier verdict 'unknown' has no doc comment (its rule)",
    );
  });

  it('write a new verdict into every kind of place, in Markdown and MDX, and nothing else', () => {
    const markdown = [
      'Each tier has a verdict (<!-- tier-verdicts:list -->`trains`, `unknown`<!-- /tier-verdicts:list -->).',
      '',
      'The rules:',
      '',
      '<!-- tier-verdicts:rules -->',
      '',
      '- `trains`: old words.',
      '',
      '<!-- /tier-verdicts:rules -->',
      '',
      '<!-- tier-verdicts:expected -->',
      '',
      '```',
      'a.yaml:1:1  tiers[0].verdict  is "x" (expected one of: trains, unknown)',
      'a.yaml:2:1  (file)  warning  (expected lastVerified: YYYY-MM-DD)',
      '```',
      '',
      '<!-- /tier-verdicts:expected -->',
      '',
    ].join('\n');
    expect(writeVerdictPlaces(markdown, rules, 'README.md')).toBe(
      [
        'Each tier has a verdict (<!-- tier-verdicts:list -->`trains`, `trains-if-admin-allows`, `unknown`<!-- /tier-verdicts:list -->).',
        '',
        'The rules:',
        '',
        '<!-- tier-verdicts:rules -->',
        '',
        '- `trains`: the text says it trains;',
        "- `trains-if-admin-allows`: the text says it trains on what the user's admin allows, a new verdict's",
        '  rule that runs past one line of the comment;',
        '- `unknown`: no vendor text found.',
        '',
        '<!-- /tier-verdicts:rules -->',
        '',
        '<!-- tier-verdicts:expected -->',
        '',
        '```',
        'a.yaml:1:1  tiers[0].verdict  is "x" (expected one of: trains, trains-if-admin-allows, unknown)',
        'a.yaml:2:1  (file)  warning  (expected lastVerified: YYYY-MM-DD)',
        '```',
        '',
        '<!-- /tier-verdicts:expected -->',
        '',
      ].join('\n'),
    );
    const mdx = 'Verdicts: {/* tier-verdicts:list */}`trains`{/* /tier-verdicts:list */}.\n';
    expect(writeVerdictPlaces(mdx, rules, 'guide.mdx')).toBe(
      'Verdicts: {/* tier-verdicts:list */}`trains`, `trains-if-admin-allows`, `unknown`{/* /tier-verdicts:list */}.\n',
    );
    // Written once, the text is up to date: writing again changes nothing.
    const once = writeVerdictPlaces(markdown, rules, 'README.md');
    expect(writeVerdictPlaces(once, rules, 'README.md')).toBe(once);
  });

  it('refuse a marker without its closing one, and an unknown kind, naming the file and line', () => {
    expect(() =>
      writeVerdictPlaces('Intro.\n\n<!-- tier-verdicts:list -->`trains`\n', rules, 'a.md'),
    ).toThrow('a.md:3: a tier-verdicts mark without its closing one');
    expect(() =>
      writeVerdictPlaces(
        '<!-- tier-verdicts:table -->x<!-- /tier-verdicts:table -->',
        rules,
        'a.md',
      ),
    ).toThrow('a.md:1: unknown kind of tier-verdicts block "table"');
  });

  it('are up to date with the vocabulary in every document (run `pnpm schema:write`)', () => {
    const real = packageVerdictRules(packageDir);
    const marked = documents(rootDir).filter((doc) => {
      const text = readFileSync(join(rootDir, doc), 'utf8');
      if (!/tier-verdicts:/.test(text)) return false;
      expect(writeVerdictPlaces(text, real, doc), `${doc} (run \`pnpm schema:write\`)`).toBe(text);
      return true;
    });
    // The README and both guides that list the verdicts are written from the vocabulary (another
    // document may be marked too).
    expect(marked).toEqual(
      expect.arrayContaining([
        join('apps', 'docs', 'stories', 'guides', 'add-a-tool.mdx'),
        join('apps', 'docs', 'stories', 'guides', 'data-model.mdx'),
        join('packages', 'data', 'README.md'),
      ]),
    );
  });
});
