/**
 * The release note in plain words, tool by tool, and one change as one line (also a feed entry's
 * title). Words for readers are the SDK's: `releaseNote` takes the labels it uses.
 */
import { markdownText } from '../output.js';
import type { NoteLabels } from '../feed-url.js';
import {
  DATA_CHANGE_KINDS,
  SCHEMA_CHANGE_KINDS,
  type DataChange,
  type DataChangeKind,
} from './change-kinds.js';

// Declared beside the feeds' words (`FeedLabels`), of which they are the verdicts.
export type { NoteLabels } from '../feed-url.js';

/**
 * The release note in plain words, tool by tool, for someone who never opens the repository:
 * "Claude · Free / Pro / Max: no training -> trains unless you opt out, effective 2025-08-28".
 */
export function releaseNote(changes: readonly DataChange[], labels: NoteLabels): string {
  // Tool by tool: a tool's changes together (a redirect goes with the tool it leads to), the
  // tool itself first, then its tiers and verdicts, wording, and the ids that lead to it.
  // The schema first: it concerns every tool.
  const schema = (c: DataChange) =>
    (SCHEMA_CHANGE_KINDS as readonly DataChangeKind[]).includes(c.kind) ? 0 : 1;
  const ordered = [...changes].sort(
    (x, y) =>
      schema(x) - schema(y) ||
      x.name.localeCompare(y.name) ||
      DATA_CHANGE_KINDS.indexOf(x.kind) - DATA_CHANGE_KINDS.indexOf(y.kind),
  );
  // Markdown (the CHANGELOG, the GitHub release): every record text is escaped, so a name or a
  // label shows as written and never becomes a link, HTML or a block of its own.
  return ordered.map((c) => `- ${changeLine(c, labels, markdownText)}`).join('\n');
}

/**
 * One change as one line of the release note (and the title of a feed entry for a verdict
 * change): "Claude · Free / Pro / Max: no training -> trains unless you opt out, effective 2025-08-28".
 * `escape` escapes what comes from records (names, labels, ids, fields) for the format the line is
 * written in; plain text by default (the caller escapes the whole line, as the feed does).
 */
export function changeLine(
  change: DataChange,
  labels: NoteLabels,
  escape: (recordText: string) => string = (t) => t,
): string {
  const c = {
    ...change,
    name: escape(change.name),
    id: escape(change.id),
    ...(change.redirectTo !== undefined ? { redirectTo: escape(change.redirectTo) } : {}),
    ...(change.tier ? { tier: { ...change.tier, label: escape(change.tier.label) } } : {}),
    ...(change.fields ? { fields: change.fields.map(escape) } : {}),
  };
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const tier = (v: DataChange['before']) =>
    v ? lower((labels.tierVerdict as Record<string, string>)[v] ?? v) : '';
  const head = (v: DataChange['before']) =>
    v ? lower((labels.headlineVerdict as Record<string, string>)[v] ?? v) : '';
  const line: Readonly<Record<DataChangeKind, () => string>> = {
    'verdict-changed': () =>
      `${c.name} · ${c.tier!.label}: ${tier(c.before)} -> ${tier(c.after)}${c.effective ? `, effective ${c.effective}` : c.seenInArchive ? `, seen in the archive on ${c.seenInArchive}` : ''}`,
    'headline-changed': () => `${c.name}: headline ${head(c.before)} -> ${head(c.after)}`,
    'tier-added': () => `${c.name} · ${c.tier!.label}: new tier, ${tier(c.after)}`,
    'tier-removed': () => `${c.name} · ${c.tier!.label}: tier removed (it was ${tier(c.before)})`,
    'tool-added': () => `${c.name}: new tool`,
    'tool-removed': () => `${c.name}: removed; the id "${c.id}" no longer works`,
    'tool-renamed': () => `${c.name}: renamed; "${c.id}" now leads to "${c.redirectTo}"`,
    'redirect-added': () => `${c.name}: "${c.id}" now leads to it`,
    'redirect-removed': () => `"${c.id}" no longer leads to "${c.redirectTo}"`,
    wording: () => `${c.name}: wording or sources (${c.fields!.join(', ')})`,
    reverified: () => `${c.name}: re-verified`,
    'schema-breaking': () => `${c.name}, breaking: ${c.fields!.join('; ')}`,
    'schema-extended': () => `${c.name}, extended: ${c.fields!.join('; ')}`,
    'schema-wording': () => `${c.name}, wording: ${c.fields!.join('; ')}`,
  };
  return line[c.kind]();
}
