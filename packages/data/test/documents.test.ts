/**
 * The documents that list the tier verdicts (READMEs, guides, the validator's output they quote)
 * follow `TIER_VERDICTS`: a paragraph that names most of the verdicts is a list of them and must
 * name every one, so a verdict added to the vocabulary fails here, naming each document and line
 * still to update. The closed lists of the code follow the vocabulary by type or by import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIER_VERDICTS } from '../src/vocabulary.js';
import { packageDir } from './helpers.js';

const rootDir = join(packageDir, '..', '..');
/** Not documents of the code: built or installed files, release notes, dated research notes. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.turbo', 'storybook-static', 'research']);

/** Every Markdown and MDX document of the repository, relative to its root. */
function documents(dir = rootDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return documents(path);
    return /\.mdx?$/.test(entry.name) && entry.name !== 'CHANGELOG.md'
      ? [relative(rootDir, path)]
      : [];
  });
}

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
    const docs = documents();
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
