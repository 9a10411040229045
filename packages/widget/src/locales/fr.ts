/**
 * French interface text ("vous"). Loaded only on pages whose `lang` is French. Punctuation follows
 * French typography: a narrow no-break space before ; ? ! and a no-break space before : and inside
 * « ».
 */
import { readerLabels } from '@ai-training-verdict/sdk/locales/fr';
import type { LocaleStrings } from './en.js';

// Verdicts, badges, kinds of change and FAQ questions are the SDK's words (one owner for them).
const { faq, change, ...verdicts } = readerLabels;

const fr: LocaleStrings = {
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

export default fr;
