/**
 * The card: the one renderer of every form of it. `<ai-training-verdict>` renders it in its shadow
 * root; src/static/card.ts renders the same templates to HTML with `@lit-labs/ssr` for the
 * static card and the iframe page (issue #13), so both say the same things in the same words, with
 * one colour map, one date formatter and one URL check.
 *
 * Pure: everything the card depends on (the day, the page's language, the lazily loaded sections)
 * comes in through `CardOptions`, so it renders the same in a browser and in Node.
 */
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { findTier } from '@ai-training-verdict/sdk/record';
import { html, nothing, type TemplateResult } from 'lit';
import type * as Sections from './sections.js';
import { fill, type CardText } from './i18n.js';
import { displayUrl, type Source, type Tier, type ToolRecord } from './record.js';
import { alertIcon, heading, link, pill } from './templates.js';

/** The tokens of the `sections` attribute, in the order the card shows them. */
export const SECTION_TOKENS = [
  'answer',
  'opt-out',
  'retention',
  'listicles',
  'tiers',
  'clauses',
  'compliance',
  'history',
  'faq',
  'sources',
] as const;

/** One token of the `sections` attribute. */
export type SectionToken = (typeof SECTION_TOKENS)[number];

/** How the documents name a section (none of it is drawn on the card). */
interface SectionDoc {
  /** Its row in the README's table of sections: what it shows. */
  readonly shows: string;
  /** The embed generator's label for it. */
  readonly label: string;
  /** A few words after the token in the `sections` attribute's description, if any. */
  readonly hint?: string;
  /** The description of its `::part()` (each optional section is a part named by its token). */
  readonly part?: string;
}

/**
 * What each section shows, in the words of the documents: the README's table of sections and list
 * of parts (`pnpm sections:write`), the element's manifest (`pnpm manifest`) and the embed
 * generator's labels are written from it, so a token added to `SECTION_TOKENS` does not compile
 * until it is described here. Only the documents and the generator import it: no bundle of the
 * element carries it.
 */
export const SECTION_DOCS: {
  readonly [T in SectionToken]: SectionDoc &
    (T extends OptionalSection ? { readonly part: string } : unknown);
} = {
  answer: {
    shows: 'the headline badges, the short answer and the summary',
    label: 'Answer: badges, short answer, summary',
    hint: 'badges, short answer, summary',
  },
  'opt-out': {
    shows:
      'how to opt out, who may, what happens if you do nothing, methods, deadline ("Not known" if unrecorded)',
    label: 'Opt-out: how, who may, consequences',
    part: 'The opt-out section.',
  },
  retention: {
    shows: 'retention periods, ZDR and the DPA ("Not known" if unrecorded)',
    label: 'Retention, ZDR and DPA',
    hint: 'retention, ZDR, DPA',
    part: 'The retention, ZDR and DPA section.',
  },
  listicles: {
    shows: 'what the listicles get wrong',
    label: 'What the listicles get wrong',
    part: 'The "what the listicles get wrong" section.',
  },
  tiers: {
    shows: 'the verdict table',
    label: 'Verdict by plan (table)',
    hint: 'the verdict table',
  },
  clauses: {
    shows:
      'clause analysis: the verbatim clause, its plain meaning, why it matters, the interpretive note',
    label: 'Clause analysis',
    part: 'The clause analysis.',
  },
  compliance: {
    shows: 'compliance notes, labelled "Analysis", with their disclaimer',
    label: 'Compliance notes (analysis)',
    part: 'The compliance notes (labelled as analysis).',
  },
  history: {
    shows:
      'the change history, dated, each entry labelled "Policy change", "Record correction" or "Re-verified"',
    label: 'Change history',
    part: 'The change history.',
  },
  faq: {
    shows: "the four questions and answers of the SDK's `faq()`",
    label: 'Frequently asked questions',
    part: 'The frequently asked questions.',
  },
  sources: {
    shows: 'the sources: link, quote, what each supports, dates',
    label: 'Sources',
  },
};

/** What the card shows when `sections` is absent. */
export const DEFAULT_SECTIONS = 'answer tiers sources';

/**
 * The sections this module draws itself (the default ones, so a default card needs nothing
 * lazy); every other token is drawn by the lazily loaded sections module.
 */
export const CARD_SECTIONS: readonly SectionToken[] = ['answer', 'tiers', 'sources'];

/** A section drawn by the lazily loaded sections module. */
export type OptionalSection = Exclude<SectionToken, 'answer' | 'tiers' | 'sources'>;

/**
 * The tokens of a `sections` value the card knows, in the card's order (`all`: every one); those it
 * does not know go to `unknown` (for a warning).
 */
export function parseSections(
  value: string | undefined,
  unknown?: (tokens: string[]) => void,
): readonly SectionToken[] {
  const tokens = (value ?? DEFAULT_SECTIONS).toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.includes('all')) return SECTION_TOKENS;
  const others = tokens.filter((token) => !(SECTION_TOKENS as readonly string[]).includes(token));
  if (others.length > 0) unknown?.(others);
  return SECTION_TOKENS.filter((token) => tokens.includes(token));
}

/** The card's heading level from `heading-level`: 1-6, anything else the default, 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
}

/** Everything the card is drawn from besides the record. */
export interface CardOptions {
  /** The interface text. */
  readonly t: CardText;
  /** Formats a record date for the interface language. */
  readonly date: (iso: string) => string;
  /** The level of the card's heading, 1-6. */
  readonly level: number;
  /** The sections to show, in the card's order. */
  readonly tokens: readonly SectionToken[];
  /** Whether to say the record may be out of date. */
  readonly stale: boolean;
  /** The tier to highlight, as `tier` names it. */
  readonly tier?: string | undefined;
  /** The id the card was asked for, when the record has since been renamed. */
  readonly renamedFrom?: string | undefined;
  /** The optional sections' renderer, once loaded. */
  readonly sections?: typeof Sections | undefined;
}

/**
 * The card of `record`. One function, its parts as closures over the record and the options (the
 * CDN entry's budget counts every byte, and repeated parameters cost some).
 */
export function card(record: ToolRecord, options: CardOptions): TemplateResult {
  const { t, level, tokens, renamedFrom } = options;
  const optOut = record.optOut?.availability ?? 'unknown';
  const zdrDpa = record.dataHandling?.zdrDpa ?? 'unknown';
  const current = options.tier ? findTier(record, options.tier) : undefined;
  const time = (iso: string): TemplateResult =>
    html`<time datetime=${iso}>${options.date(iso)}</time>`;

  const row = (tier: Tier): TemplateResult => {
    const highlighted = tier === current;
    // A verdict resting on a source whose quote is gone (check-sources --write) waits for a maintainer.
    const gone = tier.sources?.some(
      (id) => record.sources.find((s) => s.id === id)?.status === 'quote-not-found',
    );
    return html`<tr
      class=${highlighted ? 'current' : ''}
      aria-current=${highlighted ? 'true' : nothing}
    >
      <th scope="row">
        <span lang="en">${tier.label}</span>
        ${highlighted ? html`<span class="marker">${t.highlighted}</span>` : nothing}
      </th>
      <td>
        ${pill(tier.verdict, t.tierVerdict[tier.verdict])}
        <span class="detail" lang="en">${tier.detail}</span>
        ${tier.since ? html`<span class="muted">${fill(t.since, { date: time(tier.since) })}</span>` : nothing}
        ${gone ? html`<span class="muted" part="reverify">${t.needsReverification}</span>` : nothing}
      </td>
    </tr>`;
  };

  const source = (source: Source): TemplateResult =>
    html`<li>
      ${link(
        source.url,
        html`<span lang="en"
          >${source.document ?? (source.url ? displayUrl(source.url) : source.id)}</span
        >`,
        t,
      )}
      ${source.quote ? html`<blockquote lang="en">${source.quote}</blockquote>` : nothing}
      ${
        source.supports
          ? html`<p>
              ${fill(t.supports, { text: html`<span lang="en">${source.supports}</span>` })}
            </p>`
          : nothing
      }
      ${
        source.published || source.retrieved
          ? html`<p class="muted">
              ${source.published ? fill(t.published, { date: time(source.published) }) : nothing}${
                source.published && source.retrieved ? ' · ' : nothing
              }${source.retrieved ? fill(t.retrieved, { date: time(source.retrieved) }) : nothing}
            </p>`
          : nothing
      }
      ${
        // The public archive's copy of the version quoted: evidence a reader can open and check.
        source.archived
          ? html`<p class="muted">
              ${link(
                source.archived.permalink,
                fill(t.archive.link, { date: time(source.archived.captured) }),
                t,
              )}${
                source.archived.lastSeen
                  ? html` · ${fill(t.archive.lastSeen, { date: time(source.archived.lastSeen) })}`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        source.status === 'quote-not-found' || source.status === 'unreachable'
          ? html`<p>${source.status === 'unreachable' ? t.unreachable : t.quoteNotFound}</p>`
          : nothing
      }
    </li>`;

  const section = (token: SectionToken): unknown =>
    !tokens.includes(token)
      ? nothing
      : token === 'answer'
        ? html`<ul part="badges" class="badges" role="list">
              <li>
                ${pill(
                  record.headline.verdict,
                  t.headlineVerdict[record.headline.verdict],
                  'badge verdict',
                )}
              </li>
              <li part="badge" class="badge">${t.optOut[optOut]}</li>
              <li part="badge" class="badge">${t.zdrDpa[zdrDpa]}</li>
            </ul>
            <p part="answer" class="answer" lang="en">${record.headline.shortAnswer}</p>
            <p part="summary" lang="en">${record.headline.summary}</p>`
        : token === 'tiers'
          ? html`<table part="table">
              <caption>
                ${fill(t.caption, { tool: html`<span lang="en">${record.name}</span>` })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.planColumn}</th>
                  <th scope="col">${t.verdictColumn}</th>
                </tr>
              </thead>
              <tbody>
                ${record.tiers.map(row)}
              </tbody>
            </table>`
          : token === 'sources'
            ? html`<section part="sources" class="sources">
                ${heading(level + 1, t.sources)}
                <ol>
                  ${record.sources.map(source)}
                </ol>
              </section>`
            : (options.sections?.section(token, {
                record,
                t,
                level: level + 1,
                date: options.date,
              }) ?? nothing);

  return html`<article
    part="base"
    class="base card"
    lang=${t.lang}
    dir="ltr"
    aria-labelledby="title"
  >
    <header part="header">
      ${heading(level, html`<span part="title" lang="en">${record.name}</span>`, 'title')}
      <p class="meta">
        <span lang="en">${record.vendor}${record.category ? ` · ${record.category}` : ''}</span>${
          record.officialSite
            ? html` ·
              ${link(record.officialSite, [t.officialSite, html`<span aria-hidden="true"> ↗</span>`], t)}`
            : nothing
        }
      </p>
      ${
        renamedFrom
          ? html`<p class="meta">
              ${fill(t.renamed, {
                old: renamedFrom,
                name: html`<span lang="en">${record.name}</span>`,
              })}
            </p>`
          : nothing
      }
    </header>
    ${
      options.stale
        ? html`<p part="stale" class="note">${alertIcon()}<span>${t.stale}</span></p>`
        : nothing
    }
    ${SECTION_TOKENS.map(section)}
    <footer part="footer" class="footer">
      <p>
        ${record.lastVerified ? fill(t.lastVerified, { date: time(record.lastVerified) }) : t.notVerified}
        · ${record.confidence ? t.confidence[record.confidence] : t.confidenceNotStated}
      </p>
      ${record.caveat ? html`<p class="caveat" lang="en">${record.caveat}</p>` : nothing}
      <p>${t.disclaimer}</p>
      <p part="feed">${link(feedUrl(record.id), t.followChanges, t)}</p>
    </footer>
  </article>`;
}

/**
 * The card in its frame, the size container its layout answers to: what `<ai-training-verdict>`
 * renders for a loaded record, and what `prerenderCard` (src/prerender.ts) renders to HTML, the
 * same template, so a pre-rendered card is the element's own markup.
 */
export const framedCard = (record: ToolRecord, options: CardOptions): TemplateResult =>
  html`<div class="frame">${card(record, options)}</div>`;
