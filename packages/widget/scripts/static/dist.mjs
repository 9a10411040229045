// What the static embeds are drawn with: the element's own modules, from this package's dist/ (so
// the embeds run after tsc), its interface text in each language, and the one text escaper.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { xmlText } from '@ai-training-verdict/data/output';
import { READER_LOCALES } from '@ai-training-verdict/sdk';

export const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const distDir = join(packageDir, 'dist');

/** The interface languages the element ships (the SDK's `READER_LOCALES`); English first. */
export const LANGUAGES = READER_LOCALES;

/** @param {string} path A module of the element, relative to dist/. */
export async function fromDist(path) {
  try {
    return await import(pathToFileURL(join(distDir, path)).href);
  } catch (error) {
    throw new Error(`build-static: cannot load dist/${path}; build the package first (tsc)`, {
      cause: error,
    });
  }
}

/**
 * Escapes text for the badge's SVG and the embed page's head, the two places written here rather
 * than by Lit: the data package's `xmlText`, which also drops what XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE, U+FFFF), so a badge always parses.
 */
export const escapeText = (/** @type {unknown} */ value) => xmlText(String(value));

/** @typedef {import('@ai-training-verdict/sdk').ToolRecord} ToolRecord */

/**
 * The interface text the element shows in `lang`, from its built locale table.
 *
 * @typedef {import('@ai-training-verdict/sdk').CardText} Strings
 * @param {string} lang
 * @returns {Promise<Strings>}
 */
export async function loadStrings(lang) {
  // English is the element's own (dist/locales/en.js); every other language is one SDK module.
  if (lang === 'en') return (await fromDist('locales/en.js')).default;
  return (await import(`@ai-training-verdict/sdk/locales/${lang}`)).interfaceText;
}

/**
 * @typedef {object} Look What a static embed is drawn with.
 * @property {Strings} strings The element's interface text in one language.
 * @property {string} [version] The data release the embed shows.
 */
