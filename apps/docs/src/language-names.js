// A language's names, from the browser's own (`Intl.DisplayNames`): in itself for a menu, in English
// for a story's export. Plain JavaScript so that `scripts/write-languages.mjs` runs under node.

/**
 * A language's name in that language, as a menu of languages shows it: "Deutsch", "Français".
 * The browser's own names, capitalised as a menu item.
 * @param {string} id
 * @returns {string}
 */
export function autonym(id) {
  const name = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;
  return name.charAt(0).toLocaleUpperCase(id) + name.slice(1);
}

/**
 * A language's name in English ("German"): what a one-language story is exported as.
 * @param {string} id
 * @returns {string}
 */
export const englishName = (id) => new Intl.DisplayNames(['en'], { type: 'language' }).of(id) ?? id;
