/**
 * The reader-facing labels in German (formal "Sie"): verdicts, badges, confidence, kinds
 * of change, the FAQ questions and how a source's quote was confirmed. Its own module, loaded only
 * where it is used (`loadReaderLabels('de')`, or imported as
 * `@ai-training-verdict/sdk/locales/de`).
 */
import type { ReaderLabels } from '../reader-labels.js';

export const readerLabels: ReaderLabels = {
  lang: 'de',
  tierVerdict: {
    trains: 'Trainiert mit Ihren Daten',
    'trains-unless-opt-out': 'Trainiert, sofern Sie nicht widersprechen',
    'trains-if-opt-in': 'Trainiert nur mit Ihrer Einwilligung',
    'no-training': 'Kein Training',
    unclear: 'Bedingungen erlauben Nutzung; Training unklar',
    unknown: 'Nicht bekannt',
  },
  headlineVerdict: {
    'trains-by-default': 'Trainiert standardmäßig',
    'depends-on-plan': 'Hängt von Ihrem Tarif ab',
    'opt-in-only': 'Trainiert nur mit Ihrer Einwilligung',
    'no-training': 'Kein Training',
    unclear: 'Bedingungen erlauben Nutzung; Training unklar',
    unknown: 'Nicht bekannt',
  },
  confidence: {
    high: 'Sicherheit: hoch',
    medium: 'Sicherheit: mittel',
    low: 'Sicherheit: niedrig',
  },
  confidenceNotStated: 'Sicherheit nicht angegeben',
  optOut: {
    available: 'Opt-out möglich',
    'not-available': 'Kein Opt-out',
    'not-needed': 'Kein Opt-out nötig',
    unknown: 'Opt-out nicht bekannt',
  },
  // DPA (data processing agreement) is an AVV (Auftragsverarbeitungsvertrag) in German.
  zdrDpa: {
    offered: 'ZDR / AVV angeboten',
    enterprise: 'ZDR / AVV für Enterprise-Kunden',
    'not-offered': 'Kein ZDR / AVV',
    unknown: 'ZDR / AVV nicht bekannt',
  },
  faq: {
    trainingQuestion: 'Trainiert {tool} seine KI-Modelle mit meinen Daten?',
    optOutQuestion: 'Kann ich dem Training von {tool} mit meinen Daten widersprechen?',
    zdrDpaQuestion: 'Bietet {tool} Zero Data Retention (ZDR) oder einen AVV an?',
    confidentialQuestion: 'Ist {tool} für vertrauliche oder geschützte Daten sicher?',
  },
  archive: { link: 'Archivierte Kopie, {date}', lastSeen: 'am {date} noch im Archiv' },
  change: {
    'policy-change': 'Richtlinienänderung',
    'record-correction': 'Korrektur des Eintrags',
    're-verified': 'Erneut geprüft',
  },
  evidence: {
    origin: {
      vendor: 'Eigene Seite des Anbieters',
      news: 'Presseberichte',
      secondary: 'Eine Sekundärquelle (ein Hinweis, keine Grundlage für ein Urteil)',
      analysis: 'Analyse',
    },
    originNotStated: 'Art der Quelle nicht erfasst',
    livePage: 'Zitat auf der aktuellen Seite gelesen{date}',
    archivedCopy: 'Zitat in der archivierten Kopie{captured} gelesen{date}',
    storedCopy: 'Zitat in einer gespeicherten Kopie{captured} gelesen{date}',
    captured: ' (erfasst am {date})',
    onDate: ' am {date}',
    secondaryOnly: 'Zitiert von „{via}“; im eigenen Text des Anbieters noch nicht bestätigt',
    notRecorded: 'Wie dieses Zitat bestätigt wurde, ist nicht erfasst',
    attribution: 'Verfasst von {who}',
    basis: {
      vendor: 'Eigener Text des Anbieters',
      news: 'Presseberichte',
      secondary: 'Nur eine Sekundärquelle',
      none: 'Nichts: nicht bekannt',
    },
  },
};
