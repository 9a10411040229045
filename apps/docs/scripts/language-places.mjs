// The places that name every interface language but cannot import the list: the one-language
// stories (Storybook indexes named exports statically) and the READMEs' prose. Each is a marked
// block written from the SDK's READER_LOCALES by `scripts/write-languages.mjs`; a test
// (test/languages.test.ts) fails when one drifts from the list.
import { writeMarkedBlocks } from '../../../scripts/marked-blocks.mjs';
import { autonym, englishName } from '../src/language-names.js';

/** The files, from the repository's root, that hold marked blocks of languages. */
export const LANGUAGE_DOCUMENTS = [
  'apps/docs/stories/ai-training-verdict/locales.stories.ts',
  'apps/docs/stories/ai-training-table.stories.ts',
  'packages/sdk/README.md',
  'packages/widget/README.md',
];

/**
 * English names joined as the READMEs write a list: "German, French and Spanish".
 * (Intl.ListFormat's English puts a comma before "and", which the READMEs do not.)
 * @param {readonly string[]} ids
 */
const nameList = (ids) => {
  const names = ids.map(englishName);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/**
 * What each kind of block holds, given the languages (English first).
 * @type {Record<string, (locales: readonly string[]) => string>}
 */
const BLOCKS = {
  // One story per language, exported under its English name and named in itself.
  stories: (locales) =>
    locales
      .map((lang) => {
        const name = autonym(lang) === englishName(lang) ? '' : `name: '${autonym(lang)}', `;
        return `export const ${englishName(lang).replace(/\W/g, '')}: Story = { ${name}args: { lang: '${lang}' } };`;
      })
      .join('\n'),
  // The codes, as `en`, `de`.
  codes: (locales) => locales.map((lang) => `\`${lang}\``).join(', '),
  // Every language's English name; and every one but English.
  all: (locales) => nameList(locales),
  others: (locales) => nameList(locales.filter((lang) => lang !== 'en')),
};

/**
 * `text` with every marked block (../../../scripts/marked-blocks.mjs: `// languages:stories` lines
 * in code, comments in Markdown) rewritten from `locales`. A block of an unknown kind, or an
 * opening mark without its closing one, is an error naming the file and line.
 * @param {string} text
 * @param {readonly string[]} locales
 * @param {string} file for errors
 * @returns {string}
 */
export const writeLanguagePlaces = (text, locales, file) =>
  writeMarkedBlocks(
    text,
    'languages',
    // A code block's content ends with the line break before its closing mark.
    (kind) => {
      const block = Object.hasOwn(BLOCKS, kind) ? BLOCKS[kind] : undefined;
      return block && (kind === 'stories' ? `${block(locales)}\n` : block(locales));
    },
    file,
  );
