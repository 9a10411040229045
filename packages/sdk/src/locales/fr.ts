/**
 * The reader-facing labels in French ("vous"; a narrow no-break space before ; ? !): verdicts,
 * badges, confidence, kinds of change, the FAQ questions and how a source's quote was confirmed.
 * Its own module, loaded only where it is used (`loadReaderLabels('fr')`, or imported as
 * `@ai-training-verdict/sdk/locales/fr`).
 */
import type { LocaleModule } from '../reader-labels.js';

export const readerLabels: LocaleModule['readerLabels'] = {
  lang: 'fr',
  tierVerdict: {
    trains: 'Entraînement sur vos données',
    'trains-unless-opt-out': 'Entraînement sauf opposition de votre part',
    'trains-if-opt-in': 'Entraînement uniquement avec votre accord',
    'no-training': 'Pas d’entraînement',
    unclear: 'Utilisation permise\u202f; entraînement incertain',
    unknown: 'Inconnu',
  },
  headlineVerdict: {
    'trains-by-default': 'Entraînement par défaut',
    'depends-on-plan': 'Dépend de votre offre',
    'opt-in-only': 'Entraînement uniquement avec votre accord',
    'no-training': 'Pas d’entraînement',
    unclear: 'Utilisation permise\u202f; entraînement incertain',
    unknown: 'Inconnu',
  },
  confidence: {
    high: 'Confiance élevée',
    medium: 'Confiance moyenne',
    low: 'Confiance faible',
  },
  confidenceNotStated: 'Confiance non précisée',
  optOut: {
    available: 'Opposition possible',
    'not-available': 'Pas d’opposition possible',
    'not-needed': 'Aucune opposition nécessaire',
    unknown: 'Possibilité d’opposition inconnue',
  },
  zdrDpa: {
    offered: 'ZDR / DPA proposés',
    enterprise: 'ZDR / DPA pour les entreprises',
    'not-offered': 'Pas de ZDR / DPA',
    unknown: 'ZDR / DPA inconnus',
  },
  faq: {
    trainingQuestion: '{tool} entraîne-t-il ses modèles d’IA sur mes données\u202f?',
    optOutQuestion:
      'Puis-je m’opposer à ce que {tool} utilise mes données pour l’entraînement\u202f?',
    zdrDpaQuestion: '{tool} propose-t-il la zéro conservation des données (ZDR) ou un DPA\u202f?',
    confidentialQuestion:
      'Peut-on utiliser {tool} sans risque avec des données confidentielles ou propriétaires\u202f?',
  },
  archive: { link: 'Copie archivée, {date}', lastSeen: 'toujours dans l’archive le {date}' },
  change: {
    'policy-change': 'Changement de politique',
    'record-correction': 'Correction de la fiche',
    're-verified': 'Vérifié à nouveau',
  },
  evidence: {
    origin: {
      vendor: 'La page de l’éditeur lui-même',
      news: 'Articles de presse',
      secondary: 'Un résumé secondaire (une piste, pas le fondement d’un verdict)',
      analysis: 'Analyse',
    },
    originNotStated: 'Type de source non renseigné',
    livePage: 'Citation lue sur la page en ligne{date}',
    archivedCopy: 'Citation lue dans la copie archivée publique{captured}{date}',
    storedCopy: 'Citation lue dans une copie archivée{captured}{date}',
    captured: ' (capturée le {date})',
    onDate: ' le {date}',
    secondaryOnly:
      'Citée par «\u00a0{via}\u00a0»\u202f; pas encore confirmée dans le texte de l’éditeur',
    notRecorded: 'La façon dont cette citation a été confirmée n’est pas renseignée',
    attribution: 'Écrit par {who}',
    basis: {
      vendor: 'Le texte de l’éditeur lui-même',
      news: 'Articles de presse',
      secondary: 'Une source secondaire seulement',
      none: 'Rien\u00a0: inconnu',
    },
  },
};

const { faq, change, ...verdicts } = readerLabels;

/**
 * The widget's interface text in French ("vous"), loaded only on pages whose `lang` is French.
 * Punctuation follows French typography: a narrow no-break space before ; ? ! and a no-break space
 * before : and inside « ». Its verdicts, badges, kinds of change and FAQ questions are the reader
 * labels above.
 */
export const interfaceText: LocaleModule['interfaceText'] = {
  ...verdicts,
  officialSite: 'Site officiel',
  newTab: '(s’ouvre dans un nouvel onglet)',
  renamed: '«\u00a0{old}\u00a0» renvoie à {name}.',
  stale: 'Peut-être obsolète\u00a0: vérifiez les sources avant de vous y fier.',
  caption: '{tool} utilise-t-il vos données pour l’entraînement\u202f? Par offre ou public',
  planColumn: 'Offre ou public',
  verdictColumn: 'Verdict',
  since: 'Depuis le {date}',
  highlighted: 'Mis en évidence',
  sources: 'Sources',
  supports: 'Étaye\u00a0: {text}',
  published: 'Publié le {date}',
  retrieved: 'Consulté le {date}',
  quoteNotFound: 'Le passage cité n’a plus été retrouvé dans cette source.',
  needsReverification: 'À revérifier',
  unreachable: 'Cette source était inaccessible lors de la dernière vérification.',
  lastVerified: 'Dernière vérification le {date}',
  notVerified: 'Pas encore vérifié',
  disclaimer:
    'Informations publiques citées, pas un avis juridique. Vérifiez les conditions en vigueur auprès de l’éditeur avant d’envoyer des données confidentielles.',
  followChanges: 'Suivre les changements (flux Atom)',
  loading: 'Chargement du verdict sur l’entraînement de l’IA pour «\u00a0{tool}\u00a0»…',
  loadFailed:
    'Le verdict sur l’entraînement de l’IA pour «\u00a0{tool}\u00a0» n’a pas pu être chargé.',
  compact: {
    staleShort: 'peut-être obsolète',
    source: 'source',
  },
  failure: {
    unknownTool: 'Aucun verdict sur l’entraînement de l’IA pour «\u00a0{tool}\u00a0».',
    didYouMean: 'Vouliez-vous dire {list}\u202f?',
  },
  table: {
    caption: 'Quels outils d’IA utilisent vos données pour l’entraînement\u202f?',
    tool: 'Outil',
    training: 'Entraînement',
    optOut: 'Opposition',
    zdrDpa: 'ZDR / DPA',
    verified: 'Dernière vérification',
    evidence: 'Preuves',
    onVendorText: 'Texte de l’éditeur pour {n} sur {total} niveaux',
    missing: 'Aucun verdict pour {list}.',
    failed: 'La comparaison des outils d’IA n’a pas pu être chargée.',
  },
  sections: {
    optOutTitle: 'Pouvez-vous vous y opposer\u202f?',
    defaultState: {
      'training-on': 'Si vous ne faites rien, vos données servent à l’entraînement.',
      'training-off': 'Si vous ne faites rien, vos données ne servent pas à l’entraînement.',
      unknown: 'On ne sait pas ce qui se passe si vous ne faites rien.',
    },
    mechanism: {
      'settings-toggle': 'Option dans les paramètres',
      'consent-prompt': 'Demande de consentement',
      email: 'E-mail',
      'web-form': 'Formulaire en ligne',
      contract: 'Contrat',
      'support-request': 'Demande au support',
    },
    deadline: 'Date limite le {date}\u00a0:',
    notKnown: 'Inconnu\u00a0: aucune des sources que nous avons trouvées n’en parle.',
    retentionTitle: 'Conservation, ZDR et DPA',
    retentionSince: 'depuis le {date}',
    retentionPrevious: 'auparavant\u00a0: {previous}',
    zdr: 'Zéro conservation des données (ZDR)',
    dpa: 'Accord de traitement des données (DPA)',
    listiclesTitle: 'Les erreurs des comparatifs en ligne',
    claim: 'L’affirmation\u00a0:',
    faqTitle: 'Questions fréquentes',
    faq,
    historyTitle: 'Historique des modifications',
    change,
    undated: 'Date inconnue',
    seenInArchive: 'Vu dans l’archive le {date}',
    before: 'Avant\u00a0:',
    after: 'Après\u00a0:',
    clausesTitle: 'Analyse de clause',
    clauseFrom: 'Extrait de\u00a0: {document}',
    plainMeaning: 'En clair',
    whyItMatters: 'Pourquoi c’est important',
    interpretiveNote: 'Note d’interprétation',
    userImpact: 'Ce que cela signifie pour vous',
    products: 'Produits concernés',
    complianceTitle: 'Notes de conformité',
    analysis: 'Analyse',
    regulations: 'Réglementations concernées',
    exposure: 'Exposition en matière de gouvernance',
    exposureLevel: { high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
    jurisdictions: 'Juridictions signalées',
    regulatoryLandscape: 'Cadre réglementaire',
    jurisdictionFlags: 'Points d’attention par juridiction',
    contractImplications: 'Conséquences pour les contrats et les fournisseurs',
    complianceConsiderations: 'Points de conformité',
  },
};
