/**
 * The widget's interface text in English, bundled with the elements: the words of the default card.
 * The words of each lazily loaded part are in that part's own module beside this file
 * (`en-failure`, `en-compact`, `en-sections`, `en-table`), so a page that never shows the part never
 * downloads them: a bundler puts one module in one chunk, whole. Every other language is one module
 * of the SDK (`@ai-training-verdict/sdk/locales/<lang>`), loaded with a dynamic `import()` only on a
 * page that asks for it. All are typed by the SDK's `InterfaceText`: English with every key, the
 * others with any of them (a word a language lacks shows in English, `withEnglish`).
 *
 * Record text (names, answers, details, quotes) is never translated here: it is shown as written and
 * marked `lang="en"`. Verdict and badge labels are the SDK's own (`verdictLabelsEn`), so the words match
 * the SDK, the CLI and the seed pages. Values may hold `{name}` placeholders, filled by `fill()`.
 */
import { verdictLabelsEn, type CardText } from '@ai-training-verdict/sdk/record';

const en: CardText = {
  // Verdict and badge labels: the SDK's own, so the words match the SDK, the CLI and the seed pages.
  ...verdictLabelsEn,
  officialSite: 'Official site',
  newTab: '(opens in a new tab)',
  // True of a renamed id and of another id for the same tool (`openai` for ChatGPT) alike.
  renamed: '“{old}” leads to {name}.',
  stale: 'May be out of date: check the sources before you rely on it.',
  caption: 'Does {tool} train on your data? By plan or audience',
  planColumn: 'Plan or audience',
  verdictColumn: 'Verdict',
  since: 'Since {date}',
  highlighted: 'Highlighted',
  sources: 'Sources',
  supports: 'Supports: {text}',
  published: 'Published {date}',
  retrieved: 'Retrieved {date}',
  quoteNotFound: 'The quoted text could no longer be found in this source.',
  needsReverification: 'Needs re-verification',
  unreachable: 'This source could not be reached when it was last checked.',
  lastVerified: 'Last verified {date}',
  notVerified: 'Not verified yet',
  disclaimer:
    'Cited public information, not legal advice. Confirm current terms with the vendor before sending confidential data.',
  followChanges: 'Follow changes (Atom feed)',
  loading: 'Loading the AI training verdict for “{tool}”…',
  loadFailed: 'The AI training verdict for “{tool}” could not be loaded.',
};

export default en;
