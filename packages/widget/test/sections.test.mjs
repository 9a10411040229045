// The card's sections have one list, `SECTION_TOKENS` (src/internal/card.ts). English must title
// every optional section (the compiler says so); each other language's module titles those it
// translates. These checks hold what no compiler sees: a language's titles against that list.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { localeModules } from '@ai-training-verdict/sdk';
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
