/**
 * What a claim rests on: the vendor's own text, news coverage, a secondary page or nothing, from the
 * sources it cites (re-exported by derive.ts, where the other derived values are).
 */
import {
  sourceOrigin,
  type Confidence,
  type EvidenceBasis,
  type QuoteConfirmation,
  type SourceKind,
  type TierVerdict,
} from './vocabulary.js';

export type EvidenceSource = {
  readonly id?: string | undefined;
  readonly kind?: SourceKind | undefined;
  readonly confirmation?: { readonly method: QuoteConfirmation } | undefined;
};

/**
 * What a set of sources gives a claim to rest on: `vendor` when one of them is the vendor's own
 * text read in its live page, an archived copy or a stored copy; else `news` when news coverage was read that way;
 * else `secondary` (a secondary page, a quote only a secondary page gives, a source nobody has
 * recorded reading); `none` when there is no source. The strongest source decides.
 */
export function evidenceBasis(sources: ReadonlyArray<EvidenceSource>): EvidenceBasis {
  if (sources.length === 0) return 'none';
  let best: EvidenceBasis = 'secondary';
  for (const source of sources) {
    const read = source.confirmation?.method;
    if (!source.kind || read === undefined || read === 'secondary-only') continue;
    const origin = sourceOrigin(source.kind);
    if (origin === 'vendor') return 'vendor';
    if (origin === 'news') best = 'news';
  }
  return best;
}

/**
 * What one tier's verdict rests on (`evidenceBasis` of the sources the tier cites). A tier whose
 * verdict is "not known" rests on nothing, whatever it cites; a tier citing no source of its own
 * rests on nothing of its own.
 */
export function tierEvidenceBasis(
  record: { readonly sources: ReadonlyArray<EvidenceSource> },
  tier: { readonly verdict: TierVerdict; readonly sources?: readonly string[] | undefined },
): EvidenceBasis {
  if (tier.verdict === 'unknown') return 'none';
  const cited = (tier.sources ?? []).flatMap((id) => record.sources.filter((s) => s.id === id));
  return evidenceBasis(cited);
}

/**
 * How strongly a set of sources supports a claim, from what it rests on (`evidenceBasis`): the
 * vendor's own text -> `high`; news coverage -> `medium`; anything else -> `low`. A claim's stated
 * confidence may be lower than this, never higher (`validate` checks it).
 */
export function evidenceConfidence(sources: ReadonlyArray<EvidenceSource>): Confidence {
  const basis = evidenceBasis(sources);
  return basis === 'vendor' ? 'high' : basis === 'news' ? 'medium' : 'low';
}
