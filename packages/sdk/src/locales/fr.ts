/**
 * The reader-facing labels in French ("vous"; a narrow no-break space before ; ? !): verdicts,
 * badges, confidence, kinds of change, the FAQ questions and how a source's quote was confirmed.
 * Its own module, loaded only where it is used (`loadReaderLabels('fr')`, or imported as
 * `@ai-training-verdict/sdk/locales/fr`).
 */
import type { ReaderLabels } from '../reader-labels.js';

export const readerLabels: ReaderLabels = {
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
