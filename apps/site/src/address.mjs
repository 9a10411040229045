// Where the site is, and where each tool's page is in it: the one definition the site's build and
// the docs' embed generator ("Link to the tool's page") both read.

/** Where the site is served from when SITE_URL does not say: the project's GitHub Pages. */
export const DEFAULT_SITE_URL = 'https://ai-training-verdict.github.io/ai-training-verdict/';

/** The site's base URL: `SITE_URL`, else the default; always ending with `/`. */
export const siteUrlFrom = (/** @type {string | undefined} */ value) => {
  const url = new URL(value || DEFAULT_SITE_URL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
};

/**
 * A tool's page in a reader language, relative to the site's root: `tools/<id>/` in English,
 * `<lang>/tools/<id>/` in each other language.
 *
 * @param {string} lang
 * @param {string} id
 */
export const toolPath = (lang, id) => `${lang === 'en' ? '' : `${lang}/`}tools/${id}/`;
