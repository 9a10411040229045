/**
 * The check anyone can rerun (issue 22): every quote a record says it read in a public archive is
 * looked up in that archive's own git repository, in the file at the commit the source names. No
 * network: the archive repositories are cloned by whoever runs it, so a reader checks us with the
 * archive's copy, not ours. The text is compared as `check-sources` compares a page (white space,
 * quote marks and dashes do not matter), after taking out the Markdown the archive stores pages in.
 *
 * It also says how long each quote stayed: the archive commits only when a document changes, so a
 * quote still in the newest version was there at the archive's newest run, and a quote that left
 * was last seen at the run before the capture that lost it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { Source, ToolRecord } from '../schema.js';
import { canonical, claimsCiting, comparableText } from './check-sources.js';

export type ArchiveCheckStatus = 'found' | 'not-found';

/** One archived source of one record, and what its archive holds. */
export interface ArchiveCheck {
  readonly tool: string;
  readonly source: string;
  /** `owner/name@commit:path`. */
  readonly copy: string;
  /** The claims resting on it, as field paths: `tiers[api]`, `history[0]`, ... */
  readonly claims: readonly string[];
  readonly status: ArchiveCheckStatus;
  /** Why, in words: "quote found", "the commit is not in the clone", ... */
  readonly reason: string;
  /**
   * The newest day the archive still had the quote: its newest run when the newest version of the
   * file still holds it, else the last run before the capture that lost it. Undefined when the
   * quote was not found.
   */
  readonly lastSeen?: string;
  /** The day the archive captured the text without the quote, when it did. */
  readonly goneSince?: string;
}

/** Where the clones are: `<folder>/<name>` or `<folder>/<owner>/<name>` for `owner/name`. */
export function findClone(folder: string, repository: string): string | undefined {
  const [owner, name] = repository.split('/');
  if (!owner || !name) return undefined;
  return [join(folder, name), join(folder, owner, name)].find((dir) => existsSync(dir));
}

/**
 * The text of an archived Markdown page as a reader sees it rendered, for comparison: links and
 * images as their text, backslash escapes and emphasis markers out, block quote markers off line
 * starts. Then the same normalisation as `check-sources` (`comparableText`).
 */
export function archiveText(markdown: string): string {
  return comparable(
    markdown
      // Link text stops at a "[" as well as at "]": a page of unclosed "[" (the archive holds text
      // from outside) is then read in linear time, not quadratic. Only a stray "[" before a link
      // reads differently: it stays outside the link's text instead of inside it.
      .replace(/!?\[([^[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/^[ \t]*>[ \t]?/gm, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'),
  );
}

/** `comparableText` without emphasis markers, applied to a quote and a page alike. */
const comparable = (text: string) => comparableText(text).replace(/[*_]/g, '');

/** True when `quote` is in the Markdown page `markdown`, as `archiveText` compares them. */
export function archiveHas(markdown: string, quote: string): boolean {
  return archiveText(markdown).includes(comparable(quote));
}

/** Runs git in `dir`; undefined when git fails (a commit or path that is not there). */
function git(dir: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/** Thrown when a clone is missing or git cannot run: the check cannot say anything. */
export class ArchiveUnavailableError extends Error {
  override name = 'ArchiveUnavailableError';
}

type ArchivedSource = Source & { archived: NonNullable<Source['archived']> };

/**
 * Checks every archived source of `records` against the clones in `folder`. Throws
 * `ArchiveUnavailableError` (naming the repository and where it was looked for) when a repository
 * the records cite has no clone there, or git cannot run.
 */
export function checkArchive(records: readonly ToolRecord[], folder: string): ArchiveCheck[] {
  if (git('.', ['--version']) === undefined)
    throw new ArchiveUnavailableError('git is not installed or cannot run');
  const sources: Array<{ record: ToolRecord; source: ArchivedSource }> = [];
  for (const record of records)
    for (const source of record.sources)
      if (source.archived) sources.push({ record, source: source as ArchivedSource });

  const clones = new Map<string, { dir: string; newestRun: string }>();
  for (const repository of new Set(sources.map(({ source }) => source.archived.repository))) {
    const dir = findClone(folder, repository);
    const newestRun = dir && git(dir, ['log', '-1', '--format=%as'])?.trim();
    if (!dir || !newestRun)
      throw new ArchiveUnavailableError(
        `no clone of ${repository} in ${folder} (looked for ${join(folder, repository.split('/')[1] ?? '')} and ${join(folder, repository)}); clone it with its whole history: git clone https://github.com/${repository}`,
      );
    clones.set(repository, { dir, newestRun });
  }

  return sources.map(({ record, source }) => {
    const { repository, commit, path, captured } = source.archived;
    const { dir, newestRun } = clones.get(repository)!;
    const base = {
      tool: record.id,
      source: source.id,
      copy: `${repository}@${commit}:${path}`,
      claims: claimsCiting(record, source.id),
    };
    const notFound = (reason: string): ArchiveCheck => ({ ...base, status: 'not-found', reason });
    const text = git(dir, ['show', `${commit}:${path}`]);
    if (text === undefined)
      return git(dir, ['cat-file', '-e', `${commit}^{commit}`]) === undefined
        ? notFound('the commit is not in the clone (fetch the whole history)')
        : notFound('the file is not at that commit');
    const date = git(dir, ['show', '-s', '--format=%as', commit])?.trim();
    if (date !== captured)
      return notFound(`the commit was captured on ${date ?? '?'}, not ${captured}`);
    if (!source.quote) return { ...base, status: 'found', reason: 'the file is at that commit' };
    if (!archiveHas(text, source.quote)) return notFound('the quote is not in the file');

    // Every later version of the file, oldest first: the first without the quote ends its run.
    const later = (
      git(dir, ['log', '--reverse', '--format=%H %as', `${commit}..HEAD`, '--', path]) ?? ''
    )
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]);
    for (const [hash, day] of later) {
      const version = git(dir, ['show', `${hash}:${path}`]);
      if (version !== undefined && archiveHas(version, source.quote)) continue;
      const before = git(dir, ['log', '-1', '--format=%as', `${hash}^`])?.trim();
      return {
        ...base,
        status: 'found',
        reason: `quote found; gone from the capture of ${day}`,
        lastSeen: before || captured,
        goneSince: day,
      };
    }
    return {
      ...base,
      status: 'found',
      reason: `quote found, still in the archive's newest run (${newestRun})`,
      lastSeen: newestRun,
    };
  });
}

/**
 * A record file with `archived.lastSeen` set on the given sources (id -> date). Only those lines
 * change in a block-style file (an existing value replaced, or a line added under `captured` with
 * its indentation), every other byte and comment staying as written; the result is parsed again
 * and, should it not be exactly the record with those dates, rewritten through the YAML document.
 */
export function setLastSeen(text: string, dates: ReadonlyMap<string, string>): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const sources = doc.get('sources');
  if (!isSeq(sources)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: { at: number; end: number; insert: string }[] = [];
  for (const item of sources.items) {
    if (!isMap(item)) continue;
    const date = dates.get(item.get('id') as string);
    const archived = item.get('archived');
    if (date === undefined || !isMap(archived)) continue;
    const pair = (map: YAMLMap, key: string) =>
      map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const lastSeen = pair(archived, 'lastSeen');
    if (lastSeen && isScalar(lastSeen.value) && lastSeen.value.range) {
      edits.push({ at: lastSeen.value.range[0], end: lastSeen.value.range[1], insert: date });
      continue;
    }
    const captured = pair(archived, 'captured');
    if (!captured || !isScalar(captured.key) || !isScalar(captured.value) || !captured.key.range)
      continue;
    const keyStart = captured.key.range[0];
    const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
    const lineEnd = text.indexOf('\n', captured.value.range![1]);
    const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edits.push({ at, end: at, insert: `${eol}${' '.repeat(column)}lastSeen: ${date}` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.end);

  const expected = parseDocument(text);
  const list = expected.get('sources');
  if (isSeq(list))
    for (const item of list.items) {
      const date = isMap(item) ? dates.get(item.get('id') as string) : undefined;
      const archived = isMap(item) ? item.get('archived') : undefined;
      if (date !== undefined && isMap(archived)) archived.set('lastSeen', date);
    }
  const edited = parseDocument(out);
  if (edited.errors.length === 0 && canonical(edited.toJS()) === canonical(expected.toJS()))
    return out;
  return expected.toString();
}
