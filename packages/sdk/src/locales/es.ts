/**
 * The reader-facing labels in Spanish ("tú"): verdicts, badges, confidence, kinds
 * of change, the FAQ questions and how a source's quote was confirmed. Its own module, loaded only
 * where it is used (`loadReaderLabels('es')`, or imported as
 * `@ai-training-verdict/sdk/locales/es`).
 */
import type { LocaleModule } from '../reader-labels.js';

export const readerLabels: LocaleModule['readerLabels'] = {
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

const { faq, change, ...verdicts } = readerLabels;

/**
 * The widget's interface text in Spanish ("tú"), loaded only on pages whose `lang` is Spanish. Its
 * verdicts, badges, kinds of change and FAQ questions are the reader labels above.
 */
export const interfaceText: LocaleModule['interfaceText'] = {
  ...verdicts,
  officialSite: 'Sitio oficial',
  newTab: '(se abre en una pestaña nueva)',
  renamed: '«{old}» lleva a {name}.',
  stale: 'Puede estar desactualizado: consulta las fuentes antes de fiarte.',
  caption: '¿{tool} entrena con tus datos? Por plan o tipo de usuario',
  planColumn: 'Plan o tipo de usuario',
  verdictColumn: 'Veredicto',
  since: 'Desde el {date}',
  highlighted: 'Destacado',
  sources: 'Fuentes',
  supports: 'Respalda: {text}',
  published: 'Publicado el {date}',
  retrieved: 'Consultado el {date}',
  quoteNotFound: 'El texto citado ya no se encontró en esta fuente.',
  needsReverification: 'Hay que volver a comprobarlo',
  unreachable: 'Esta fuente no estaba disponible en la última comprobación.',
  lastVerified: 'Última comprobación: {date}',
  notVerified: 'Aún sin comprobar',
  disclaimer:
    'Información pública citada, no asesoramiento jurídico. Confirma las condiciones vigentes con el proveedor antes de enviar datos confidenciales.',
  followChanges: 'Seguir los cambios (feed Atom)',
  loading: 'Cargando el veredicto sobre entrenamiento de IA de «{tool}»…',
  loadFailed: 'No se pudo cargar el veredicto sobre entrenamiento de IA de «{tool}».',
  compact: {
    staleShort: 'puede estar desactualizado',
    source: 'fuente',
  },
  failure: {
    unknownTool: 'No hay ningún veredicto sobre entrenamiento de IA para «{tool}».',
    didYouMean: '¿Quisiste decir {list}?',
  },
  table: {
    caption: '¿Qué herramientas de IA entrenan con tus datos?',
    tool: 'Herramienta',
    training: 'Entrenamiento',
    optOut: 'Exclusión voluntaria',
    zdrDpa: 'ZDR / DPA',
    verified: 'Última comprobación',
    evidence: 'Evidencia',
    onVendorText: 'Texto del proveedor en {n} de {total} niveles',
    missing: 'No hay veredicto para {list}.',
    failed: 'No se pudo cargar la comparación de herramientas de IA.',
  },
  sections: {
    optOutTitle: '¿Puedes excluirte?',
    defaultState: {
      'training-on': 'Si no haces nada, tus datos se usan para entrenar.',
      'training-off': 'Si no haces nada, tus datos no se usan para entrenar.',
      unknown: 'No se sabe qué ocurre si no haces nada.',
    },
    mechanism: {
      'settings-toggle': 'Opción en la configuración',
      'consent-prompt': 'Solicitud de consentimiento',
      email: 'Correo electrónico',
      'web-form': 'Formulario web',
      contract: 'Contrato',
      'support-request': 'Solicitud al soporte',
    },
    deadline: 'Plazo hasta el {date}:',
    notKnown: 'Desconocido: ninguna de las fuentes que hemos encontrado lo trata.',
    retentionTitle: 'Conservación, ZDR y DPA',
    retentionSince: 'desde el {date}',
    retentionPrevious: 'antes: {previous}',
    zdr: 'Retención cero de datos (ZDR)',
    dpa: 'Acuerdo de tratamiento de datos (DPA)',
    listiclesTitle: 'En qué se equivocan las comparativas',
    claim: 'La afirmación:',
    faqTitle: 'Preguntas frecuentes',
    faq,
    historyTitle: 'Historial de cambios',
    change,
    undated: 'Fecha desconocida',
    seenInArchive: 'Visto en el archivo el {date}',
    before: 'Antes:',
    after: 'Después:',
    clausesTitle: 'Análisis de la cláusula',
    clauseFrom: 'De: {document}',
    plainMeaning: 'Qué significa',
    whyItMatters: 'Por qué importa',
    interpretiveNote: 'Nota de interpretación',
    userImpact: 'Qué significa para ti',
    products: 'Productos afectados',
    complianceTitle: 'Notas de cumplimiento',
    analysis: 'Análisis',
    regulations: 'Normativas implicadas',
    exposure: 'Exposición en gobernanza',
    exposureLevel: { high: 'Alta', medium: 'Media', low: 'Baja' },
    jurisdictions: 'Jurisdicciones señaladas',
    regulatoryLandscape: 'Marco normativo',
    jurisdictionFlags: 'Alertas por jurisdicción',
    contractImplications: 'Implicaciones contractuales y para proveedores',
    complianceConsiderations: 'Consideraciones de cumplimiento',
  },
};
