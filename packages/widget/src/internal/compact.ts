/**
 * The compact variant of `<ai-training-verdict>` (`compact`): an inline badge for running text, the
 * tool's name and verdict with a link to a source. A separate module, imported only by cards that
 * ask for it, so the default card stays small.
 */
import { findTier, isStale } from '@ai-training-verdict/sdk/record';
import { html, nothing, type TemplateResult } from 'lit';
import { withEnglish, type CardText, type Text } from './i18n.js';
import enCompact from '../locales/en-compact.js';
import { displayUrl, isHttpsUrl, type ToolRecord } from './record.js';
import { link, pill } from './templates.js';

/**
 * "Jasper [Trains by default] (source)". With `tier`, that tier's verdict: "Claude (Team) [No
 * training]". A stale record adds "may be out of date" in the brackets. The link goes to the first
 * https source the tier (or else the record) cites.
 */
export function renderCompact(
  record: ToolRecord,
  tierQuery: string | undefined,
  t: CardText,
): TemplateResult {
  const tier = tierQuery ? findTier(record, tierQuery) : undefined;
  const cited = tier?.sources?.length
    ? record.sources.filter((source) => tier.sources!.includes(source.id))
    : record.sources;
  const url = cited.find((source) => isHttpsUrl(source.url));
  const words = withEnglish(enCompact, (t as Text).compact);
  const notes = [
    isStale(record) ? html`<span part="stale">${words.staleShort}</span>` : undefined,
    url
      ? html`<span part="link"
          >${link(
            url.url,
            [
              words.source,
              html`<span class="vh" lang="en">: ${url.document ?? displayUrl(url.url!)}</span>`,
            ],
            t,
          )}</span
        >`
      : undefined,
  ].filter(Boolean);
  return html`<span part="base" class="base compact" lang=${t.lang} dir="ltr"
    ><span lang="en" class="name">${record.name}${tier ? ` (${tier.label})` : ''}</span> ${
      tier
        ? pill(tier.verdict, t.tierVerdict[tier.verdict], 'badge verdict')
        : pill(record.headline.verdict, t.headlineVerdict[record.headline.verdict], 'badge verdict')
    }${
      notes.length > 0
        ? html` <span class="muted">(${notes.map((note, i) => (i ? [', ', note] : note))})</span>`
        : nothing
    }</span
  >`;
}
