/**
 * The card's optional sections: every token of `SECTION_TOKENS` but the default ones the card draws
 * itself (`CARD_SECTIONS`). A separate module, imported only when a card asks for one of them, so
 * the default card stays small: it carries the FAQ generator and these sections' English text.
 *
 * Record text is shown as written and marked `lang="en"`; only headings and labels are translated.
 * Opt-out and retention are facts about the tool: when the record lacks them, the section says
 * plainly that they are not known. Listicle corrections, clause analysis, compliance notes and
 * history are the project's own work: a record without them simply has no such section.
 */
import { faq, historyOf, labels } from '@ai-training-verdict/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import enSections from '../locales/en-sections.js';
import { fill, withEnglish, type CardText, type Text } from './i18n.js';
import type { OptionalSection } from './card.js';
import type { ToolRecord } from './record.js';
import { heading, link, pill } from './templates.js';

/** A token in camel case, as the keys of the section text have it: `opt-out` is `optOut`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * The heading of each optional section, `<token>Title` (`optOutTitle`): a token added to
 * `SECTION_TOKENS` does not compile until English (`locales/en-sections.ts`) has its title.
 */
export type SectionTitles = { readonly [T in OptionalSection as `${CamelCase<T>}Title`]: string };

/** What a section needs from the card. */
export interface SectionContext {
  readonly record: ToolRecord;
  /** The interface text; a lazily loaded locale carries its section text as `sections`. */
  readonly t: CardText;
  /** The level of the section's heading. */
  readonly level: number;
  /** Formats a record date for the interface language. */
  readonly date: (iso: string) => string;
}

/**
 * Renders one optional section. The switch covers every `OptionalSection`: a token added to
 * `SECTION_TOKENS` without a case here does not compile.
 */
export function section(token: OptionalSection, context: SectionContext): unknown {
  const { record, t, level, date } = context;
  const en = (text: unknown): TemplateResult => html`<span lang="en">${text}</span>`;
  const para = (text: unknown): TemplateResult => html`<p lang="en">${text}</p>`;
  const time = (iso: string): TemplateResult => html`<time datetime=${iso}>${date(iso)}</time>`;
  /** A term and its record text, only when the record has it. */
  const entry = (term: string, text: string | undefined): unknown =>
    text
      ? html`<dt>${term}</dt>
          <dd lang="en">${text}</dd>`
      : nothing;
  const s = withEnglish(enSections, (t as Text).sections);
  const wrap = (part: string, title: unknown, body: unknown): TemplateResult =>
    html`<section part=${part} class=${part}>${heading(level, title)} ${body}</section>`;
  const notKnown = html`<p>${s.notKnown}</p>`;

  switch (token) {
    case 'opt-out': {
      const o = record.optOut;
      return wrap(
        'opt-out',
        s.optOutTitle,
        o
          ? html`<p><span class="badge">${t.optOut[o.availability]}</span></p>
              ${para(o.summary)}
              ${o.defaultState ? html`<p>${s.defaultState[o.defaultState]}</p>` : nothing}
              ${
                o.methods
                  ? html`<ul>
                      ${o.methods.map(
                        (m) =>
                          html`<li>
                            <strong>${s.mechanism[m.mechanism]}</strong>${
                              m.who ? [' · ', en(m.who)] : nothing
                            }:
                            ${en(m.description)}
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              ${
                o.deadline
                  ? html`<p>
                      ${fill(s.deadline, { date: time(o.deadline.date) })}
                      ${en(o.deadline.description)}
                    </p>`
                  : nothing
              }`
          : notKnown,
      );
    }
    case 'retention': {
      const d = record.dataHandling;
      return wrap(
        'retention',
        s.retentionTitle,
        d
          ? html`<p><span class="badge">${t.zdrDpa[d.zdrDpa]}</span></p>
              ${para(d.summary)}
              ${
                d.retention
                  ? html`<ul>
                      ${d.retention.map(
                        (r) =>
                          html`<li>
                            ${en(r.who)}: <strong lang="en">${r.period}</strong>${
                              r.effective
                                ? html` (${fill(s.retentionSince, { date: time(r.effective) })}${
                                    r.previous
                                      ? [
                                          ', ',
                                          fill(s.retentionPrevious, { previous: en(r.previous) }),
                                        ]
                                      : nothing
                                  })`
                                : nothing
                            }${r.condition ? [' · ', en(r.condition)] : nothing}
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              <dl>
                ${[
                  [s.zdr, d.zdr],
                  [s.dpa, d.dpa],
                ].map(([term, offer]) =>
                  offer && typeof offer === 'object'
                    ? html`<dt>${term}</dt>
                        <dd>
                          ${t.zdrDpa[offer.availability]}${
                            offer.detail ? [' · ', en(offer.detail)] : nothing
                          }${
                            offer.url
                              ? [' · ', link(offer.url, [term as string, ' ↗'], t)]
                              : nothing
                          }
                          ${offer.caveats?.map((c) => para(c)) ?? nothing}
                        </dd>`
                    : nothing,
                )}
              </dl>`
          : notKnown,
      );
    }
    case 'listicles': {
      const l = record.listicles;
      return l
        ? wrap(
            'listicles',
            s.listiclesTitle,
            html`${l.claim ? html`<p><strong>${s.claim}</strong> ${en(l.claim)}</p>` : nothing}
            ${para(l.correction)}`,
          )
        : nothing;
    }
    case 'faq': {
      // Questions in the interface language; answers are generated from English record text (and
      // the SDK's English wording around it), so each answer is marked English as a whole.
      const messages = { ...labels.en, faq: { ...labels.en.faq, ...s.faq } };
      return wrap(
        'faq',
        s.faqTitle,
        faq(record, messages).map((q) => html`${heading(level + 1, q.question)} ${para(q.answer)}`),
      );
    }
    case 'history': {
      const entries = historyOf(record);
      return entries.length === 0
        ? nothing
        : wrap(
            'history',
            s.historyTitle,
            html`<ol>
              ${entries.map(
                (e) =>
                  html`<li>
                    <p>
                      <span class="badge">${s.change[e.type]}</span>
                      ${
                        // A change no source dates: the day the archive first had the new text.
                        e.dateBasis === 'captured'
                          ? fill(s.seenInArchive, { date: time(e.date!) })
                          : e.date
                            ? time(e.date)
                            : s.undated
                      }${e.tier ? [' · ', en(e.tier.label)] : nothing}
                    </p>
                    ${e.summary ? para(e.summary) : nothing}
                    ${[
                      [s.before, e.before],
                      [s.after, e.after],
                    ].map(([label, state]) =>
                      state && typeof state === 'object'
                        ? html`<p>
                            ${label}
                            ${
                              state.verdict
                                ? pill(state.verdict, t.tierVerdict[state.verdict])
                                : nothing
                            }
                            ${state.text ? en(state.text) : nothing}
                          </p>`
                        : nothing,
                    )}
                  </li>`,
              )}
            </ol>`,
          );
    }
    case 'clauses':
      return !record.clauses
        ? nothing
        : wrap(
            'clauses',
            s.clausesTitle,
            record.clauses.map(
              (c) =>
                html`<figure>
                    <blockquote lang="en">${c.text}</blockquote>
                    <figcaption>${fill(s.clauseFrom, { document: en(c.document) })}</figcaption>
                  </figure>
                  <dl>
                    ${entry(s.plainMeaning, c.plainMeaning)}
                    ${entry(s.whyItMatters, c.whyItMatters)}
                    ${entry(s.interpretiveNote, c.interpretiveNote)}
                    ${entry(s.userImpact, c.userImpact)}
                    ${entry(s.products, c.products?.join(', '))}
                  </dl>`,
            ),
          );
    case 'compliance': {
      const c = record.compliance;
      return !c
        ? nothing
        : wrap(
            'compliance',
            [s.complianceTitle, ' ', html`<span class="badge">${s.analysis}</span>`],
            html`<p class="note" lang="en">${c.disclaimer}</p>
              <dl>
                ${entry(s.regulations, c.regulations.join('; '))}
                <dt>${s.exposure}</dt>
                <dd>
                  <strong>${s.exposureLevel[c.exposure.level]}</strong> · ${en(c.exposure.detail)}
                </dd>
                ${entry(s.jurisdictions, c.jurisdictions.join(', '))}
                ${entry(s.regulatoryLandscape, c.regulatoryLandscape)}
                ${entry(s.jurisdictionFlags, c.jurisdictionFlags)}
                ${entry(s.contractImplications, c.contractImplications)}
                ${entry(s.complianceConsiderations, c.complianceConsiderations)}
              </dl>`,
          );
    }
    default: {
      // Unreachable for typed callers; a token from elsewhere draws nothing.
      const unhandled: never = token;
      void unhandled;
      return nothing;
    }
  }
}
