// The SDK over the real, bundled dataset. These tests name no tool and no number of tools: they loop
// over whatever the release holds and check what must hold for every record, so adding a tool or
// re-verifying one never breaks them. Behaviour in detail is tested on the fixture release.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  catalogEntrySchema,
  datasetSchema,
  toolRecordSchema,
  type Dataset,
} from '@ai-training-verdict/data/schema';
import {
  changeDate,
  deriveHeadlineVerdict,
  toCatalogEntry,
} from '@ai-training-verdict/data/vocabulary';
import { describe, expect, it } from 'vitest';
import {
  compare,
  comparisonRow,
  dataVersion,
  findTools,
  getTool,
  headline,
  history,
  isStale,
  listTools,
  verdictFor,
  verdictLabel,
  verificationAge,
} from '../src/index.js';

const require = createRequire(import.meta.url);
/** The release as the data package publishes it (dist/data.json). */
const released: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(require.resolve('@ai-training-verdict/data/data.json'), 'utf8')),
);
const ids = listTools().map((t) => t.id);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the bundled dataset', () => {
  it('should list every tool of the release once, sorted by id', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(Object.keys(released.tools).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(dataVersion).toBe(released.version);
  });

  describe.each(ids)('%s', (id) => {
    it('should load the record as released, by its id in any case and with spaces', async () => {
      const record = await getTool(id);
      expect(toolRecordSchema.safeParse(record).error?.issues ?? []).toEqual([]);
      expect(record).toEqual(released.tools[id]);
      expect(await getTool(id.toUpperCase())).toEqual(record);
      expect(await getTool(`  ${id} `)).toEqual(record);
    });

    it('should have a catalog entry that matches its record', async () => {
      const entry = listTools().find((t) => t.id === id)!;
      expect(catalogEntrySchema.safeParse(entry).error?.issues ?? []).toEqual([]);
      expect(entry).toEqual(toCatalogEntry(await getTool(id)));
    });

    it('should be found by its id first, and by its name, vendor and every alias', () => {
      // getTool takes ids (and renamed ids) only; names, vendors and aliases are for findTools,
      // and one vendor may make several tools.
      const entry = listTools().find((t) => t.id === id)!;
      expect(findTools(id)[0]!.id).toBe(id);
      for (const query of [entry.name, entry.vendor, ...(entry.aliases ?? [])]) {
        expect(findTools(query).map((t) => t.id)).toContain(id);
      }
    });

    it('should show a headline that agrees with its tiers and its catalog entry', async () => {
      const record = await getTool(id);
      const result = headline(record);
      expect(result.verdict).toBe(deriveHeadlineVerdict(record.tiers));
      expect(result.verdict).toBe(record.headline.verdict);
      expect(listTools().find((t) => t.id === id)!.verdict).toBe(result.verdict);
      expect(result.shortAnswer).toBe(record.headline.shortAnswer);
    });

    it('should give every tier a verdict whose cited sources all resolve', async () => {
      const record = await getTool(id);
      for (const tier of record.tiers) {
        const result = await verdictFor(id, tier.id);
        expect(result.tier.id).toBe(tier.id);
        expect(result.label).toBe(verdictLabel(tier.verdict));
        expect(result.detail).toBe(tier.detail);
        if (tier.sources) {
          expect(result.sourcesFrom).toBe('tier');
          expect(result.sources.map((s) => s.id)).toEqual(tier.sources);
        } else {
          expect(result.sourcesFrom).toBe('record');
          expect(result.sources).toEqual(record.sources);
        }
      }
    });

    it('should give a history sorted oldest first whose cited sources all resolve', async () => {
      const record = await getTool(id);
      const entries = await history(id);
      expect(entries).toHaveLength(record.history?.length ?? 0);
      const dates = entries.map((e) => e.date);
      const dated = dates.filter((d) => d !== undefined);
      expect(dates.slice(0, dated.length)).toEqual([...dated].sort());
      for (const change of record.history ?? []) {
        // Dated as readers are told it: its own date, or the archive's capture of the text after it.
        const date = changeDate(change, record.sources)?.date;
        const entry = entries.find((e) => e.summary === change.summary && e.date === date)!;
        expect(entry.sources.map((s) => s.id)).toEqual(
          ('sources' in change ? change.sources : undefined) ?? [],
        );
      }
    });

    it('should be fresh for 180 days after its evidence was last seen current (else its verification), or always stale', async () => {
      const record = await getTool(id);
      const basis = record.evidenceSeen ?? record.lastVerified;
      if (basis === undefined) {
        for (const now of ['2000-01-01', '2100-01-01'].map((d) => new Date(d))) {
          expect(isStale(record, now)).toBe(true);
        }
        return;
      }
      if (record.lastVerified === undefined) {
        expect(verificationAge(record, new Date('2100-01-01'))).toBeUndefined();
      }
      const seen = Date.parse(`${basis}T00:00:00Z`);
      const daysLater = (days: number) => new Date(seen + days * DAY_MS + DAY_MS / 2);
      expect(isStale(record, daysLater(180))).toBe(false);
      expect(isStale(record, daysLater(181))).toBe(true);
    });
  });

  it('should compare every tool, one row each in the order asked', async () => {
    const reversed = [...ids].reverse();
    const rows = await compare(reversed);
    expect(rows.map((r) => r.id)).toEqual(reversed);
    for (const row of rows) expect(row).toEqual(comparisonRow(await getTool(row.id)));
  });

  it.each(Object.keys(released.redirects))(
    'should follow the redirect %s to its record',
    async (from) => {
      expect((await getTool(from)).id).toBe(released.redirects[from]!.redirectTo);
    },
  );
});
