/**
 * The generator's languages (src/embed-generator/languages.ts) are the SDK's READER_LOCALES, each
 * named in its own language: a language the element ships is offered with nothing to edit here.
 */
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageOptions } from '../src/embed-generator/languages.js';

describe("the embed generator's languages", () => {
  it('are every language the element ships, in the SDK order, English first', () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual([...READER_LOCALES]);
    expect(LANGUAGES[0]).toEqual({ id: 'en', label: 'English' });
  });

  it('name each language in itself, capitalised as a menu item', () => {
    // Fixtures, not the shipped list: a language added to the SDK gets its name the same way.
    expect(languageOptions(['de', 'fr', 'es', 'it', 'pt', 'nl'])).toEqual([
      { id: 'de', label: 'Deutsch' },
      { id: 'fr', label: 'Français' },
      { id: 'es', label: 'Español' },
      { id: 'it', label: 'Italiano' },
      { id: 'pt', label: 'Português' },
      { id: 'nl', label: 'Nederlands' },
    ]);
  });
});
