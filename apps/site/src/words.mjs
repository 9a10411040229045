// The site's own words: the page around the card (its title, "Check another tool", the index).
// Everything the card says (its sections' headings, verdicts, FAQ, history, sources, "Follow
// changes") is the widget's and the SDK's, drawn by the card's own templates; the labels the pages
// show outside the card (verdicts in the index, the FAQ's JSON-LD) come from the SDK too. Only
// words neither has live here, once per language of the SDK's READER_LOCALES: a language added
// there without its entry here fails the site's typecheck (`satisfies`) and its tests.

/**
 * @typedef {object} SiteWords
 * @property {string} toolTitle The tool page's title and heading; `{tool}` is the tool's name.
 * @property {string} checkAnother Heading of the list of the other tools.
 * @property {string} otherLanguages Label of the language switcher.
 * @property {string} allTools Link back to the index.
 */

/** @type {Record<import('@ai-training-verdict/sdk').ReaderLocale, SiteWords>} */
export const siteWords = {
  en: {
    toolTitle: 'Does {tool} train on your data?',
    checkAnother: 'Check another tool',
    otherLanguages: 'Other languages',
    allTools: 'Every AI tool',
  },
  de: {
    toolTitle: 'Trainiert {tool} mit Ihren Daten?',
    checkAnother: 'Ein anderes Tool prüfen',
    otherLanguages: 'Andere Sprachen',
    allTools: 'Alle KI-Tools',
  },
  fr: {
    toolTitle: '{tool} entraîne-t-il ses modèles sur vos données ?',
    checkAnother: 'Vérifier un autre outil',
    otherLanguages: 'Autres langues',
    allTools: 'Tous les outils d’IA',
  },
  es: {
    toolTitle: '¿{tool} entrena con tus datos?',
    checkAnother: 'Consultar otra herramienta',
    otherLanguages: 'Otros idiomas',
    allTools: 'Todas las herramientas de IA',
  },
};

/**
 * A language's name in that language, as the language switcher shows it ("Deutsch", "Français"):
 * the runtime's own names (`Intl.DisplayNames`), as the docs' language menu gives them.
 * @param {string} id
 */
export function languageName(id) {
  const name = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;
  return name.charAt(0).toLocaleUpperCase(id) + name.slice(1);
}

/**
 * Words of the pages that are English only so far (the index, redirect and embed pages). The
 * index's comparison table is `<ai-training-table>`'s own, words included.
 */
export const englishWords = {
  siteName: 'AI training verdict',
  indexTitle: 'Does your AI tool train on your data?',
  indexDescription:
    'Whether each AI tool trains its models on what you type: a sourced answer per tool, the verdict for each plan, how to opt out, and every change, dated.',
  toolCount: '{count} AI tools',
  search: 'Find a tool',
  searchHint: 'Type a name, a vendor or another name the tool goes by.',
  noMatch: 'No tool matches.',
  comparison: 'Compare them',
  moved: '“{old}” now has its page under {name}.',
  goTo: 'Go to {name}',
};
