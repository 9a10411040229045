/**
 * The reader-facing labels in Spanish ("tú"): verdicts, badges, confidence, kinds
 * of change, the FAQ questions and how a source's quote was confirmed. Its own module, loaded only
 * where it is used (`loadReaderLabels('es')`, or imported as
 * `@ai-training-verdict/sdk/locales/es`).
 */
import type { ReaderLabels } from '../reader-labels.js';

export const readerLabels: ReaderLabels = {
  lang: 'es',
  tierVerdict: {
    trains: 'Entrena con tus datos',
    'trains-unless-opt-out': 'Entrena salvo que te excluyas',
    'trains-if-opt-in': 'Solo entrena si das tu consentimiento',
    'no-training': 'Sin entrenamiento',
    unclear: 'Los términos permiten el uso; entrenamiento incierto',
    unknown: 'Desconocido',
  },
  headlineVerdict: {
    'trains-by-default': 'Entrena de forma predeterminada',
    'depends-on-plan': 'Depende de tu plan',
    'opt-in-only': 'Solo entrena si das tu consentimiento',
    'no-training': 'Sin entrenamiento',
    unclear: 'Los términos permiten el uso; entrenamiento incierto',
    unknown: 'Desconocido',
  },
  confidence: {
    high: 'Confianza alta',
    medium: 'Confianza media',
    low: 'Confianza baja',
  },
  confidenceNotStated: 'Confianza no indicada',
  optOut: {
    available: 'Exclusión voluntaria disponible',
    'not-available': 'Sin exclusión voluntaria',
    'not-needed': 'No hace falta excluirse',
    unknown: 'Exclusión voluntaria desconocida',
  },
  zdrDpa: {
    offered: 'ZDR / DPA disponibles',
    enterprise: 'ZDR / DPA para empresas',
    'not-offered': 'Sin ZDR / DPA',
    unknown: 'ZDR / DPA desconocidos',
  },
  faq: {
    trainingQuestion: '¿{tool} entrena sus modelos de IA con mis datos?',
    optOutQuestion: '¿Puedo excluirme de que {tool} entrene con mis datos?',
    zdrDpaQuestion: '¿{tool} ofrece retención cero de datos (ZDR) o un DPA?',
    confidentialQuestion: '¿Es seguro usar {tool} con datos confidenciales o reservados?',
  },
  archive: { link: 'Copia archivada, {date}', lastSeen: 'aún en el archivo el {date}' },
  change: {
    'policy-change': 'Cambio de política',
    'record-correction': 'Corrección del registro',
    're-verified': 'Comprobado de nuevo',
  },
  evidence: {
    origin: {
      vendor: 'La página del propio proveedor',
      news: 'Cobertura periodística',
      secondary: 'Un resumen secundario (una pista, no la base de un veredicto)',
      analysis: 'Análisis',
    },
    originNotStated: 'Tipo de fuente no registrado',
    livePage: 'Cita leída en la página publicada{date}',
    archivedCopy: 'Cita leída en la copia archivada{captured}{date}',
    storedCopy: 'Cita leída en una copia guardada{captured}{date}',
    captured: ' (capturada el {date})',
    onDate: ' el {date}',
    secondaryOnly: 'Citada por «{via}»; aún no confirmada en el texto del propio proveedor',
    notRecorded: 'No consta cómo se confirmó esta cita',
    attribution: 'Escrito por {who}',
    basis: {
      vendor: 'El texto del propio proveedor',
      news: 'Cobertura periodística',
      secondary: 'Solo una fuente secundaria',
      none: 'Nada: no se sabe',
    },
  },
};
