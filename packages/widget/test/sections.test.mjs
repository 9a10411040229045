// The card's sections have one list, `SECTION_TOKENS` (src/internal/card.ts). English must title
// every optional section (the compiler says so); each other language's module titles those it
// translates. These checks hold what no compiler sees: a language's titles against that list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { localeModules } from '@ai-training-verdict/sdk';
import { README_FILE, sectionDocs, writeSectionPlaces } from '../scripts/write-sections.mjs';
import { packageDir } from './lib/cdn-files.mjs';

/** The card's own list of `sections` tokens (built), and the ones it draws by default. */
const card = () => import(pathToFileURL(join(packageDir, 'dist', 'internal', 'card.js')).href);

/** The key of a section's title in the section text: `opt-out` is `optOutTitle`. */
const titleKey = (token) => `${token.replace(/-(.)/g, (_, c) => c.toUpperCase())}Title`;

describe('the titles of the optional sections, in every language', () => {
  it('titles only sections the card has, so a renamed or misspelt title shows', async () => {
    const { CARD_SECTIONS, SECTION_TOKENS } = await card();
    const known = SECTION_TOKENS.filter((t) => !CARD_SECTIONS.includes(t)).map(titleKey);
    for (const [lang, load] of Object.entries(localeModules)) {
      const sections = (await load()).interfaceText.sections ?? {};
      for (const key of Object.keys(sections).filter((k) => k.endsWith('Title'))) {
        assert.ok(known.includes(key), `locales/${lang}: ${key} titles no section (${known})`);
      }
    }
  });
});

describe("the README's places written from SECTION_DOCS (`pnpm sections:write`)", () => {
  const docs = {
    answer: { shows: 'the answer', label: 'Answer' },
    'fee-notes': { shows: 'what the plans cost', label: 'Fees', part: 'The fees.' },
    sources: { shows: 'the sources', label: 'Sources' },
  };
  const text = [
    'Intro.',
    '<!-- sections:table --><!-- /sections:table -->',
    'Parts: `base`, and <!-- sections:parts -->`old`<!-- /sections:parts -->.',
    '',
  ].join('\n');

  it("gives each token a row of the table, in the list's order, and `all` last", () => {
    assert.equal(
      writeSectionPlaces(text, docs, 'README.md').split('\n').slice(1, 10).join('\n'),
      [
        '<!-- sections:table -->',
        '',
        '| Token       | Shows               |',
        '| ----------- | ------------------- |',
        '| `answer`    | the answer          |',
        '| `fee-notes` | what the plans cost |',
        '| `sources`   | the sources         |',
        '| `all`       | every section above |',
        '',
      ].join('\n'),
    );
  });

  it('names each optional section (one with a part) among the parts', () => {
    assert.match(
      writeSectionPlaces(text, docs, 'README.md'),
      /^Parts: `base`, and <!-- sections:parts -->`fee-notes`<!-- \/sections:parts -->\.$/m,
    );
  });

  it('names the file and line of a marker left without its closing one', () => {
    assert.throws(() => writeSectionPlaces('A\n\n<!-- sections:table -->\n', docs, 'README.md'), {
      message: 'README.md:3: a sections mark without its closing one',
    });
    assert.throws(
      () => writeSectionPlaces('<!-- sections:rows --><!-- /sections:rows -->', docs, 'README.md'),
      { message: 'README.md:1: unknown kind of sections block "rows"' },
    );
  });

  it("has README.md as the card's list writes it (run `pnpm sections:write` and commit)", async () => {
    const readme = readFileSync(README_FILE, 'utf8');
    assert.equal(writeSectionPlaces(readme, await sectionDocs(), 'README.md'), readme);
  });
});
