/**
 * The reader-facing labels in German (formal "Sie"): verdicts, badges, confidence, kinds
 * of change, the FAQ questions and how a source's quote was confirmed. Its own module, loaded only
 * where it is used (`loadReaderLabels('de')`, or imported as
 * `@ai-training-verdict/sdk/locales/de`).
 */
import type { LocaleModule } from '../reader-labels.js';

export const readerLabels: LocaleModule['readerLabels'] = {
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

const { faq, change, ...verdicts } = readerLabels;

/**
 * The widget's interface text in German (formal "Sie"), loaded only on pages whose `lang` is
 * German. Its verdicts, badges, kinds of change and FAQ questions are the reader labels above.
 */
export const interfaceText: LocaleModule['interfaceText'] = {
  ...verdicts,
  officialSite: 'Offizielle Website',
  newTab: '(öffnet in neuem Tab)',
  renamed: '„{old}“ führt zu {name}.',
  stale: 'Möglicherweise veraltet: Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.',
  caption: 'Trainiert {tool} mit Ihren Daten? Nach Tarif oder Nutzergruppe',
  planColumn: 'Tarif oder Nutzergruppe',
  verdictColumn: 'Einschätzung',
  since: 'Seit {date}',
  highlighted: 'Hervorgehoben',
  sources: 'Quellen',
  supports: 'Belegt: {text}',
  published: 'Veröffentlicht am {date}',
  retrieved: 'Abgerufen am {date}',
  quoteNotFound: 'Der zitierte Text war in dieser Quelle nicht mehr zu finden.',
  needsReverification: 'Muss neu geprüft werden',
  unreachable: 'Diese Quelle war bei der letzten Prüfung nicht erreichbar.',
  lastVerified: 'Zuletzt geprüft am {date}',
  notVerified: 'Noch nicht geprüft',
  disclaimer:
    'Zitierte öffentliche Informationen, keine Rechtsberatung. Prüfen Sie die aktuellen Bedingungen beim Anbieter, bevor Sie vertrauliche Daten senden.',
  followChanges: 'Änderungen verfolgen (Atom-Feed)',
  loading: 'Die Einschätzung zum KI-Training für „{tool}“ wird geladen …',
  loadFailed: 'Die Einschätzung zum KI-Training für „{tool}“ konnte nicht geladen werden.',
  compact: {
    staleShort: 'möglicherweise veraltet',
    source: 'Quelle',
  },
  failure: {
    unknownTool: 'Für „{tool}“ gibt es keine Einschätzung zum KI-Training.',
    didYouMean: 'Meinten Sie {list}?',
  },
  table: {
    caption: 'Welche KI-Tools trainieren mit Ihren Daten?',
    tool: 'Tool',
    training: 'Training',
    optOut: 'Opt-out',
    zdrDpa: 'ZDR / AVV',
    verified: 'Zuletzt geprüft',
    evidence: 'Belege',
    onVendorText: 'Anbietertext für {n} von {total} Stufen',
    missing: 'Keine Einschätzung für {list}.',
    failed: 'Der Vergleich der KI-Tools konnte nicht geladen werden.',
  },
  sections: {
    optOutTitle: 'Gibt es ein Opt-out?',
    defaultState: {
      'training-on': 'Wenn Sie nichts tun, werden Ihre Daten für das Training verwendet.',
      'training-off': 'Wenn Sie nichts tun, werden Ihre Daten nicht für das Training verwendet.',
      unknown: 'Was geschieht, wenn Sie nichts tun, ist nicht bekannt.',
    },
    mechanism: {
      'settings-toggle': 'Schalter in den Einstellungen',
      'consent-prompt': 'Einwilligungsabfrage',
      email: 'E-Mail',
      'web-form': 'Webformular',
      contract: 'Vertrag',
      'support-request': 'Anfrage an den Support',
    },
    deadline: 'Frist bis {date}:',
    notKnown: 'Nicht bekannt: Keine der Quellen, die wir gefunden haben, behandelt dies.',
    retentionTitle: 'Speicherung, ZDR und AVV',
    retentionSince: 'seit {date}',
    retentionPrevious: 'vorher: {previous}',
    zdr: 'Keine Datenspeicherung (Zero Data Retention, ZDR)',
    dpa: 'Auftragsverarbeitungsvertrag (AVV, engl. DPA)',
    listiclesTitle: 'Was Listenartikel falsch darstellen',
    claim: 'Die Behauptung:',
    faqTitle: 'Häufige Fragen',
    faq,
    historyTitle: 'Änderungsverlauf',
    change,
    undated: 'Datum nicht bekannt',
    seenInArchive: 'Im Archiv erstmals am {date} gesehen',
    before: 'Vorher:',
    after: 'Nachher:',
    clausesTitle: 'Klauselanalyse',
    clauseFrom: 'Aus: {document}',
    plainMeaning: 'In einfachen Worten',
    whyItMatters: 'Warum das wichtig ist',
    interpretiveNote: 'Hinweis zur Auslegung',
    userImpact: 'Was das für Sie bedeutet',
    products: 'Betroffene Produkte',
    complianceTitle: 'Compliance-Hinweise',
    analysis: 'Analyse',
    regulations: 'Betroffene Vorschriften',
    exposure: 'Governance-Risiko',
    exposureLevel: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
    jurisdictions: 'Genannte Rechtsräume',
    regulatoryLandscape: 'Regulatorisches Umfeld',
    jurisdictionFlags: 'Hinweise zu Rechtsräumen',
    contractImplications: 'Folgen für Verträge und Anbieter',
    complianceConsiderations: 'Überlegungen zur Compliance',
  },
};
