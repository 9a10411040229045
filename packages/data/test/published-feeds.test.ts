/**
 * The feeds the data package publishes (written by the root `feeds` task, with the SDK's words):
 * for every record, its feed exists at the address the card links to, is valid Atom, and has an
 * entry for each dated entry of its history; feed.xml has every dated policy change and correction.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedUrl } from '../src/feed-url.js';
import type { Dataset } from '../src/schema.js';
import { atomProblems, children, parseAtom, textOf } from './atom.js';
import { packageDir } from './helpers.js';

const dataset = JSON.parse(readFileSync(join(packageDir, 'dist', 'data.json'), 'utf8')) as Dataset;
const tools = Object.values(dataset.tools);
const read = (path: string) => readFileSync(join(packageDir, path), 'utf8');
const selfOf = (xml: string) =>
  children(parseAtom(xml), 'link')
    .find((l) => l.getAttribute('rel') === 'self')
    ?.getAttribute('href');

describe('the published feeds', () => {
  it.each(tools.map((t) => [t.id, t] as const))(
    '%s: valid Atom at its address, one entry per history entry',
    (id, record) => {
      const path = `feeds/${id}.xml`;
      expect(existsSync(join(packageDir, path)), `${path} (npm run build)`).toBe(true);
      const xml = read(path);
      expect(atomProblems(xml)).toEqual([]);
      expect(selfOf(xml)).toBe(feedUrl(id));
      const entries = children(parseAtom(xml), 'entry');
      // A change with no date, in a record never verified, cannot be placed in time: left out.
      const dated = (record.history ?? []).filter((h) => h.date ?? record.lastVerified);
      expect(entries).toHaveLength(dated.length);
      // Every entry is about this tool, and links to a source the record cites, its site, or the
      // feed (as URLs: the feed writes each in its normal form, "https://x.example/").
      const href = (url: string) => new URL(url).href;
      const links = new Set(
        [feedUrl(id), record.officialSite, ...record.sources.map((s) => s.url)]
          .filter((u): u is string => Boolean(u))
          .map(href),
      );
      for (const entry of entries) {
        expect(children(entry, 'category')[0]?.getAttribute('term')).toBe(id);
        expect(links).toContain(href(children(entry, 'link')[0]!.getAttribute('href')!));
      }
    },
  );

  it('feed.xml: valid Atom with every policy change and correction of every tool', () => {
    const xml = read('feed.xml');
    expect(atomProblems(xml)).toEqual([]);
    expect(selfOf(xml)).toBe(feedUrl());
    const changes = tools.flatMap((t) =>
      (t.history ?? [])
        .filter((h) => h.type !== 're-verified' && (h.date ?? t.lastVerified))
        .map(() => t.id),
    );
    const entries = children(parseAtom(xml), 'entry');
    expect(entries.map((e) => children(e, 'category')[0]?.getAttribute('term')).sort()).toEqual(
      changes.sort(),
    );
    expect(entries.every((e) => textOf(children(e, 'title')[0]).length > 0)).toBe(true);
  });

  it('has no feed for a tool that is not in the release', () => {
    const ids = new Set(tools.map((t) => t.id));
    const stray = readdirSync(join(packageDir, 'feeds')).filter(
      (f) => !ids.has(f.replace(/\.xml$/, '')),
    );
    expect(stray).toEqual([]);
  });
});
