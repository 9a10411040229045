/**
 * The languages the docs show follow the SDK's `READER_LOCALES`: the generator's menu and the
 * stories' `lang` control take the list by import; the stories that show the element in each
 * language are named exports (Storybook indexes them statically), so this holds them to the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_DOCUMENTS, writeLanguagePlaces } from '../scripts/language-places.mjs';
import { autonym, englishName, LANGUAGES } from '../src/languages.js';
import { docsDir } from './browser.js';

/** The export, `lang` and display name of each one-language story in a stories file, in order. */
function languageStories(file: string): { story: string; lang: string; name: string }[] {
  const text = readFileSync(join(docsDir, 'stories', file), 'utf8');
  return [
    ...text.matchAll(
      /^export const (\w+): Story = \{ (?:name: '([^']+)', )?args: \{ lang: '([\w-]+)' \} \};$/gm,
    ),
  ].map(([, story, name, lang]) => ({ story: story!, lang: lang!, name: name ?? story! }));
}

describe('the interface languages of the docs', () => {
  it('names each language in itself, as a menu of languages does, and in English', () => {
    expect(autonym('de')).toBe('Deutsch');
    expect(autonym('fr')).toBe('Français');
    expect(autonym('es')).toBe('Español');
    expect(autonym('en')).toBe('English');
    expect(englishName('de')).toBe('German');
  });

  it('names a language the SDK may add the same way, capitalised as a menu item', () => {
    // Fixtures, not the shipped list: a language added to the SDK gets its name the same way.
    expect(['it', 'pt', 'nl'].map(autonym)).toEqual(['Italiano', 'Português', 'Nederlands']);
  });

  it("offers every language of the SDK's READER_LOCALES in the generator, English first", () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual([...READER_LOCALES]);
  });

  for (const file of ['ai-training-verdict/locales.stories.ts', 'ai-training-table.stories.ts']) {
    // Exported under the language's English name, which the end-to-end tests open by story id.
    it(`has one story per language in ${file}, named in that language`, () => {
      expect(languageStories(file)).toEqual(
        READER_LOCALES.map((lang) => ({ story: englishName(lang), lang, name: autonym(lang) })),
      );
    });
  }

  it('writes each marked block from the list of languages it is given', () => {
    // A fixture list with a language the SDK does not ship, so the blocks follow the list given.
    const text = [
      'In <!-- languages:all -->x<!-- /languages:all -->; also <!-- languages:others --><!-- /languages:others -->.',
      'Codes: <!-- languages:codes -->old<!-- /languages:codes -->',
      '// languages:stories',
      'export const Old: Story = {};',
      '// /languages:stories',
      '',
    ].join('\n');
    expect(writeLanguagePlaces(text, ['en', 'de', 'it'], 'f.md')).toBe(
      [
        'In <!-- languages:all -->English, German and Italian<!-- /languages:all -->; also <!-- languages:others -->German and Italian<!-- /languages:others -->.',
        'Codes: <!-- languages:codes -->`en`, `de`, `it`<!-- /languages:codes -->',
        '// languages:stories',
        "export const English: Story = { args: { lang: 'en' } };",
        "export const German: Story = { name: 'Deutsch', args: { lang: 'de' } };",
        "export const Italian: Story = { name: 'Italiano', args: { lang: 'it' } };",
        '// /languages:stories',
        '',
      ].join('\n'),
    );
  });

  it('names the file and line of a block without its closing mark, or of an unknown kind', () => {
    expect(() => writeLanguagePlaces('a\n<!-- languages:all -->German', ['en'], 'R.md')).toThrow(
      'R.md:2: a languages mark without its closing one',
    );
    expect(() =>
      writeLanguagePlaces('<!-- languages:every -->x<!-- /languages:every -->', ['en'], 'R.md'),
    ).toThrow('R.md:1: unknown kind of languages block "every"');
  });

  for (const doc of LANGUAGE_DOCUMENTS) {
    it(`names every language of READER_LOCALES in ${doc} (pnpm --filter @ai-training-verdict/docs run languages:write)`, () => {
      const text = readFileSync(fileURLToPath(new URL(`../../../${doc}`, import.meta.url)), 'utf8');
      expect(text).toMatch(/languages:\w+/);
      expect(writeLanguagePlaces(text, READER_LOCALES, doc)).toBe(text);
    });
  }
});
