// What the build publishes (dist/), as a consumer meets it.
// - On fixtures: scripts/build.ts run on test/fixtures/dataset (fictional tools) in a copy of the
//   package, on a day the test sets, and every published file checked value by value.
// - On the shipped records: whatever records/ holds, what must be true of every published record.
//   `pnpm test` builds first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveHeadlineVerdict } from '../src/derive.js';
import {
  catalogEntrySchema,
  datasetSchema,
  recordFileSchema,
  type CatalogEntry,
  type RecordFile,
  type RedirectRecord,
  type ToolRecord,
} from '../src/schema.js';
import {
  buildFixtureDataset,
  fixturesDir,
  ONE_OF_VERDICTS,
  packageDir,
  packageVersion,
  validateShipped,
} from './helpers.js';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const requireCjs = createRequire(import.meta.url);

/** The fictional dataset: three tools and one redirect. */
const DATASET = [
  'dataset/inkwell-notes.yaml',
  'dataset/probe-writer.yaml',
  'dataset/quill-assistant.yaml',
  'dataset/quill-chat.yaml',
];

describe('the build, given a folder of records', () => {
  let build: ReturnType<typeof buildFixtureDataset>;
  const tool = (id: string) => readJson<ToolRecord>(`${build.dist}/tools/${id}.json`);
  const tierOf = (record: ToolRecord, id: string) => record.tiers.find((t) => t.id === id)!;

  beforeAll(() => {
    build = buildFixtureDataset(DATASET, '2026-03-01');
  });
  afterAll(() => build?.remove());

  it('reports what it built in one line', () => {
    expect(build.err).toBe('');
    expect(build.out).toBe(`data ${packageVersion}: 3 tool(s), 1 redirect(s)\n`);
    expect(build.code).toBe(0);
  });

  describe('dist/tools/probe-writer.json (trains by default)', () => {
    it('answers yes, trains by default, from the Terms of Service v2.3 effective 15 Jan 2026', () => {
      const probe = tool('probe-writer');
      expect(probe.headline.verdict).toBe('trains-by-default');
      expect(probe.headline.shortAnswer).toBe(
        'Yes — Probe Writer trains on your data by default; you have to opt out.',
      );
      expect(probe.headline.summary).toBe(
        "Probe Labs' Terms of Service (v2.3, eff. 15 Jan 2026) say it uses Prompts and Drafts to train its writing models. Users in the EU may object by e-mail.",
      );
      const terms = probe.sources.find((s) => s.url === 'https://probe.example/legal/terms')!;
      expect(terms.published).toBe('2026-01-15');
      expect(terms.quote).toBe(
        "Probe Labs uses Prompts and Drafts to provide and improve the Services, including to train Probe Labs' writing models.",
      );
    });

    it('has both tier rows, in order, with their verdicts', () => {
      expect(tool('probe-writer').tiers.map((t) => [t.label, t.verdict])).toEqual([
        ['Standard (Terms of Service default)', 'trains'],
        ['EU users', 'trains-unless-opt-out'],
      ]);
      expect(tierOf(tool('probe-writer'), 'eu').confidence).toBe('medium');
    });

    it('says EU users object by e-mail and nobody else has a toggle', () => {
      const { optOut } = tool('probe-writer');
      const email = optOut!.methods!.find((m) => m.mechanism === 'email')!;
      expect(email.email).toBe('optout@probe.example');
      expect(email.appliesTo).toEqual(['eu']);
      expect(optOut!.summary).toContain('No self-serve toggle for other regions');
      expect(optOut!.methods!.map((m) => m.mechanism)).toEqual(['email', 'contract']);
    });

    it('has the DPA, the certifications and the third-party model statement', () => {
      const { dataHandling } = tool('probe-writer');
      expect(dataHandling!.dpa!.url).toBe('https://probe.example/legal/dpa');
      expect(dataHandling!.certifications).toEqual(['SOC 2', 'ISO 27001']);
      expect(dataHandling!.thirdPartyModels).toBe(
        'Model providers Probe Labs uses may not train on customer content.',
      );
      expect(dataHandling!.zdrDpa).toBe('enterprise');
      expect(dataHandling!.zdr).toEqual({
        availability: 'unknown',
        detail: 'No zero data retention option is documented.',
      });
    });

    it('corrects the marketing claim against the Terms and records the conflict', () => {
      const probe = tool('probe-writer');
      expect(probe.listicles!.correction).toMatch(
        /^The marketing page says drafts are "never used for training," but the Terms of Service \(v2\.3\)/,
      );
      expect(probe.conflicts![0]!.sources).toEqual(['probe-trust', 'probe-terms']);
    });

    it('keeps its verification date, confidence, caveat and three dated sources', () => {
      const probe = tool('probe-writer');
      expect(probe.lastVerified).toBe('2026-02-20');
      expect(probe.confidence).toBe('medium');
      expect(probe.caveat).toBe(
        'Terms change — confirm with Probe Labs before sending confidential drafts.',
      );
      expect(probe.sources.map((s) => [s.url, s.published ?? s.retrieved])).toEqual([
        ['https://probe.example/legal/terms', '2026-01-15'],
        ['https://probe.example/legal/dpa', '2026-02-20'],
        ['https://probe.example/trust', '2026-02-20'],
      ]);
      expect(probe.sources.every((s) => s.supports)).toBe(true);
    });

    it('leaves the YAML comments out', () => {
      const text = readFileSync(`${build.dist}/tools/probe-writer.json`, 'utf8');
      expect(text).not.toContain('maintainer');
      expect(text).not.toContain('does not exist');
    });
  });

  describe('dist/tools/quill-chat.json (depends on the plan)', () => {
    it('depends on the plan: personal trains unless opted out since 1 Dec 2025, the rest do not', () => {
      const quill = tool('quill-chat');
      expect(quill.headline.verdict).toBe('depends-on-plan');
      expect(tierOf(quill, 'personal')).toMatchObject({
        label: 'Personal / Plus',
        plans: ['Personal', 'Plus'],
        verdict: 'trains-unless-opt-out',
        since: '2025-12-01',
      });
      expect(tierOf(quill, 'business')).toMatchObject({
        plans: ['Business'],
        verdict: 'no-training',
      });
      expect(tierOf(quill, 'api').verdict).toBe('no-training');
    });

    it('has the 5 Jan 2026 deadline and the 30-day / 2-year retention consequence', () => {
      const quill = tool('quill-chat');
      expect(quill.optOut!.deadline!.date).toBe('2026-01-05');
      expect(quill.optOut!.consequences![0]).toBe(
        'Opting out keeps 30-day retention; allowing training extends it to 2 years.',
      );
      const personal = quill.dataHandling!.retention!.filter((r) =>
        r.appliesTo?.includes('personal'),
      );
      expect(personal.map((r) => r.period)).toEqual(['30 days', 'up to 2 years']);
    });

    it('keeps API data 14 days since 1 Feb 2026 (was 30), with the ZDR caveat', () => {
      const quill = tool('quill-chat');
      const api = quill.dataHandling!.retention!.find((r) => r.appliesTo?.includes('api'))!;
      expect(api).toEqual({
        who: 'API inputs and outputs',
        appliesTo: ['api'],
        period: '14 days',
        days: 14,
        effective: '2026-02-01',
        previous: '30 days',
        sources: ['quill-announcement'],
      });
      expect(quill.dataHandling!.zdr!.availability).toBe('enterprise');
      expect(quill.dataHandling!.zdr!.caveats).toEqual([
        'Zero data retention does not cover Quill Chat used through partner clouds.',
      ]);
    });

    it('keeps a dated policy change apart from a correction of the record', () => {
      const { history } = tool('quill-chat');
      expect(history!.map((h) => [h.type, h.date])).toEqual([
        ['policy-change', '2025-12-01'],
        ['record-correction', '2026-01-20'],
      ]);
      expect(history![0]).toMatchObject({
        tier: 'personal',
        before: { verdict: 'no-training' },
        after: { verdict: 'trains-unless-opt-out' },
      });
    });

    it('cites its two sources by URL, adds no quote or date, and has no verification date', () => {
      const quill = tool('quill-chat');
      expect(quill.sources).toEqual([
        {
          id: 'quill-announcement',
          url: 'https://quill.example/news/training-update',
          kind: 'announcement',
        },
        {
          id: 'quill-news',
          url: 'https://news.example.org/2025/12/01/quill-chat-opt-out',
          kind: 'news',
        },
      ]);
      expect(quill.lastVerified).toBeUndefined();
      expect(quill.confidence).toBeUndefined();
    });
  });

  describe('dist/tools/inkwell-notes.json (unclear)', () => {
    it('says the terms permit use and whether that includes training is unclear', () => {
      const inkwell = tool('inkwell-notes');
      expect(inkwell.headline.verdict).toBe('unclear');
      expect(inkwell.tiers.map((t) => t.verdict)).toEqual(['unclear']);
    });

    it('quotes the licence clause verbatim from the named document, with its analysis', () => {
      const inkwell = tool('inkwell-notes');
      const clause = inkwell.clauses![0]!;
      expect(clause).toEqual({
        id: 'notes-licence',
        document: 'Inkwell Terms of Use',
        source: 'inkwell-terms',
        text: 'You grant Inkwell a licence to use your Notes to operate and improve the Services.',
        plainMeaning: 'Inkwell can use what you write to make its products better.',
        whyItMatters: 'The clause lets Inkwell use your notes beyond showing them back to you.',
        interpretiveNote: "The scope of 'improve the Services' is not defined.",
        products: ['Inkwell Notes', 'Inkwell Sync'],
      });
      expect(inkwell.sources.find((s) => s.id === clause.source)).toEqual({
        id: 'inkwell-terms',
        document: 'Inkwell Terms of Use',
        kind: 'terms',
        quote: clause.text,
        confirmation: { method: 'live-page' },
      });
    });

    it('has two change records and a compliance analysis labelled as analysis', () => {
      const inkwell = tool('inkwell-notes');
      expect(inkwell.history!.map((h) => h.type)).toEqual(['policy-change', 'policy-change']);
      expect(inkwell.history![0]!.summary).toContain('"Do not use my notes" setting');
      expect(inkwell.compliance).toMatchObject({
        label: 'analysis',
        clause: 'notes-licence',
        exposure: { level: 'medium' },
        jurisdictions: ['EU/EEA', 'California'],
      });
      expect(inkwell.compliance!.contractImplications).toContain('GDPR Article 28');
    });

    it('leaves out what its source does not give', () => {
      const inkwell = tool('inkwell-notes');
      for (const field of [
        'optOut',
        'dataHandling',
        'lastVerified',
        'confidence',
        'category',
        'officialSite',
        'aliases',
      ] as const) {
        expect(inkwell[field], field).toBeUndefined();
      }
    });
  });

  describe('the published files', () => {
    it('are five files per record, each JSON file a valid record', () => {
      const files = readdirSync(`${build.dist}/tools`).sort();
      const ids = ['inkwell-notes', 'probe-writer', 'quill-assistant', 'quill-chat'];
      expect(files).toEqual(
        ids.flatMap((id) => ['cjs', 'd.cts', 'd.ts', 'js', 'json'].map((ext) => `${id}.${ext}`)),
      );
      for (const id of ids) {
        expect(recordFileSchema.safeParse(readJson(`${build.dist}/tools/${id}.json`)).success).toBe(
          true,
        );
      }
      expect(readFileSync(`${build.dist}/tools/probe-writer.d.ts`, 'utf8')).toContain(
        'declare const record: ToolRecord;',
      );
      expect(readFileSync(`${build.dist}/tools/quill-assistant.d.ts`, 'utf8')).toContain(
        'declare const record: RedirectRecord;',
      );
    });

    it('publish the redirect as its own small record, in the catalog and in data.json', () => {
      const redirect: RedirectRecord = {
        kind: 'moved',
        id: 'quill-assistant',
        redirectTo: 'quill-chat',
        date: '2026-01-12',
        reason: 'Quill Assistant was renamed Quill Chat; the old id keeps working.',
      };
      expect(readJson(`${build.dist}/tools/quill-assistant.json`)).toEqual(redirect);
      expect(readJson<{ redirects: unknown }>(`${build.dist}/catalog.json`).redirects).toEqual({
        'quill-assistant': 'quill-chat',
      });
      expect(readJson<{ redirects: unknown }>(`${build.dist}/data.json`).redirects).toEqual({
        'quill-assistant': redirect,
      });
    });

    it('include data.json, the whole dataset, which validates as a whole', () => {
      const data = datasetSchema.parse(readJson(`${build.dist}/data.json`));
      expect(data.version).toBe(packageVersion);
      expect(Object.keys(data.tools)).toEqual(['inkwell-notes', 'probe-writer', 'quill-chat']);
      for (const [id, record] of Object.entries(data.tools)) expect(record).toEqual(tool(id));
    });

    it('include a compact catalog with id, name, vendor, category, aliases, verdict and last verification', () => {
      const catalog = readJson<{ version: string; tools: CatalogEntry[] }>(
        `${build.dist}/catalog.json`,
      );
      expect(catalog.version).toBe(packageVersion);
      expect(catalog.tools).toEqual([
        {
          id: 'inkwell-notes',
          name: 'Inkwell Notes',
          vendor: 'Inkwell Software',
          verdict: 'unclear',
        },
        {
          id: 'probe-writer',
          name: 'Probe Writer',
          vendor: 'Probe Labs',
          category: 'AI writing / marketing',
          aliases: ['Probe', 'ProbeWriter'],
          verdict: 'trains-by-default',
          lastVerified: '2026-02-20',
          // Its tiers rest on a live page read that day.
          evidenceSeen: '2026-02-20',
        },
        {
          id: 'quill-chat',
          name: 'Quill Chat',
          vendor: 'Quill Systems',
          category: 'AI chat assistant',
          verdict: 'depends-on-plan',
        },
      ]);
    });

    it('load every record as an ES module and as CommonJS, equal to its JSON', async () => {
      for (const id of ['inkwell-notes', 'probe-writer', 'quill-assistant', 'quill-chat']) {
        const json = readJson(`${build.dist}/tools/${id}.json`);
        const esm = (await import(`${build.dist}/tools/${id}.js`)) as { default: unknown };
        expect(esm.default, id).toEqual(json);
        expect(requireCjs(`${build.dist}/tools/${id}.cjs`), id).toEqual(json);
      }
    });

    it('keep one record per chunk: the loaders import each record separately', async () => {
      const { loaders } = (await import(`${build.dist}/loaders.js`)) as {
        loaders: Record<string, () => Promise<RecordFile>>;
      };
      const cjs = requireCjs(`${build.dist}/loaders.cjs`) as {
        loaders: Record<string, () => Promise<RecordFile>>;
      };
      const ids = ['inkwell-notes', 'probe-writer', 'quill-assistant', 'quill-chat'];
      expect(Object.keys(loaders).sort()).toEqual(ids);
      expect(Object.keys(cjs.loaders).sort()).toEqual(ids);
      expect((await loaders['probe-writer']!()).id).toBe('probe-writer');
      expect(await cjs.loaders['quill-assistant']!()).toEqual(
        readJson(`${build.dist}/tools/quill-assistant.json`),
      );
      const loadersModule = readFileSync(`${build.dist}/loaders.js`, 'utf8');
      expect(loadersModule).toContain("import('./tools/probe-writer.js')");
      expect(loadersModule).not.toContain('Prompts and Drafts');
    });
  });
});

describe('the build, when a record has an error', () => {
  it('stops with every error located, and publishes nothing', () => {
    const build = buildFixtureDataset([...DATASET, 'invalid/bad-verdict.yaml'], '2026-03-01');
    try {
      expect(build.code).toBe(1);
      expect(build.err).toBe(
        `records/bad-verdict.yaml:13:14  tiers[0].verdict  is "sometimes" (expected ${ONE_OF_VERDICTS})\n` +
          '\nBuild stopped: 1 error(s) in the records.\n',
      );
      expect(existsSync(build.dist)).toBe(false);
      // Nor any record's files in the folder they were written into before the errors were known.
      expect(readdirSync(build.dir).sort()).toEqual([
        'node_modules',
        'package.json',
        'records',
        'scripts',
        'src',
      ]);
    } finally {
      build.remove();
    }
  });

  it('refuses a date after the day it runs', () => {
    // probe-writer was verified on 2026-02-20 and cites sources retrieved that day.
    const build = buildFixtureDataset(DATASET, '2026-02-19');
    try {
      expect(build.code).toBe(1);
      expect(build.err.split('\n').filter((line) => line.includes('in the future'))).toEqual([
        'records/probe-writer.yaml:86:46  sources[0].confirmation.date  is 2026-02-20, which is in the future (expected a date on or before today, 2026-02-19)',
        'records/probe-writer.yaml:94:16  sources[1].retrieved  is 2026-02-20, which is in the future (expected a date on or before today, 2026-02-19)',
        'records/probe-writer.yaml:99:16  sources[2].retrieved  is 2026-02-20, which is in the future (expected a date on or before today, 2026-02-19)',
        'records/probe-writer.yaml:101:15  lastVerified  is 2026-02-20, which is in the future (expected a date on or before today, 2026-02-19)',
      ]);
      expect(build.err).toMatch(/\nBuild stopped: 4 error\(s\) in the records\.\n$/);
    } finally {
      build.remove();
    }
  });

  it('still builds records that are long unverified: staleness is for `pnpm validate`', () => {
    // Four years after probe-writer's verification, and quill-chat was never verified.
    const build = buildFixtureDataset(DATASET, '2030-03-01');
    try {
      expect(build.err).toBe('');
      expect(build.out).toBe(`data ${packageVersion}: 3 tool(s), 1 redirect(s)\n`);
      expect(build.code).toBe(0);
    } finally {
      build.remove();
    }
  });
});

describe('the build, given record text that a JavaScript engine or a page would misread', () => {
  // U+2028/U+2029 and markup in names never get this far (the text rule refuses them: see
  // text-rule.test.ts; jsLiteral escapes them anyway: output.test.ts). Prose may quote markup.
  it('writes modules with no raw `</script` or `<!--`, that still hold the text', async () => {
    const summary =
      'Prose may quote markup: </script><script>alert(1)</script> and <!-- x, as written.';
    const record = parse(readFileSync(`${fixturesDir}/valid/minimal.yaml`, 'utf8')) as ToolRecord;
    record.headline.summary = summary;
    const build = buildFixtureDataset(
      [{ name: 'minimal.yaml', text: stringify(record) }],
      '2026-03-01',
    );
    try {
      expect(build.err).toBe('');
      expect(build.code).toBe(0);
      const modules = [
        `${build.dist}/tools/minimal.js`,
        `${build.dist}/tools/minimal.cjs`,
        `${build.dir}/src/generated/records.ts`,
      ];
      for (const file of modules) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/<\/script|<!--/i);
      }
      // The same text, read back by the engine.
      const esm = (await import(pathToFileURL(`${build.dist}/tools/minimal.js`).href)) as {
        default: ToolRecord;
      };
      expect(esm.default.headline.summary).toBe(summary);
      expect((requireCjs(`${build.dist}/tools/minimal.cjs`) as ToolRecord).headline.summary).toBe(
        summary,
      );
    } finally {
      build.remove();
    }
  });
});

/** Every id a record refers to, by what it refers to, from anywhere in the record. */
function references(record: ToolRecord) {
  const refs: Array<{ kind: 'source' | 'tier' | 'clause'; id: string; at: string }> = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      const key = path.at(-1);
      if (path.length > 1 && key === 'sources')
        for (const id of value) refs.push({ kind: 'source', id: String(id), at: path.join('.') });
      else if (key === 'appliesTo')
        for (const id of value) refs.push({ kind: 'tier', id: String(id), at: path.join('.') });
      else value.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const at = [...path, key].join('.');
        if (key === 'source' && path.length > 0)
          refs.push({ kind: 'source', id: String(child), at });
        else if (key === 'tier' && path[0] === 'history')
          refs.push({ kind: 'tier', id: String(child), at });
        else if (key === 'clause' && path[0] === 'compliance')
          refs.push({ kind: 'clause', id: String(child), at });
        else walk(child, [...path, key]);
      }
    }
  };
  walk(record, []);
  return refs;
}

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) =>
      strings(child, path ? `${path}.${key}` : key),
    );
  return [];
}

describe('the published dataset, for every shipped record', () => {
  const dist = `${packageDir}dist`;
  const shipped = validateShipped();
  const all: RecordFile[] = [...shipped.tools, ...shipped.redirects];
  const published = (id: string) => readJson<RecordFile>(`${dist}/tools/${id}.json`);

  it('validates, so every record is published', () => {
    expect(shipped.lines).toEqual([]);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((r) => r.id).sort()).toEqual(
      shipped.inputs.map((input) => input.file.replace(/\.ya?ml$/, '')).sort(),
    );
  });

  it('publishes each record once, as valid JSON equal to its YAML', () => {
    const files = readdirSync(`${dist}/tools`).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(all.map((r) => `${r.id}.json`).sort());
    for (const record of all) {
      const json = published(record.id);
      expect(recordFileSchema.safeParse(json).success, record.id).toBe(true);
      expect(json, record.id).toEqual(record);
    }
  });

  it('publishes each record as an ES module, CommonJS and types, equal to its JSON', async () => {
    for (const record of all) {
      const esm = (await import(`${dist}/tools/${record.id}.js`)) as { default: unknown };
      expect(esm.default, record.id).toEqual(published(record.id));
      expect(requireCjs(`${dist}/tools/${record.id}.cjs`), record.id).toEqual(published(record.id));
      const type = record.kind === 'tool' ? 'ToolRecord' : 'RedirectRecord';
      for (const ext of ['d.ts', 'd.cts']) {
        expect(readFileSync(`${dist}/tools/${record.id}.${ext}`, 'utf8'), record.id).toContain(
          `declare const record: ${type};`,
        );
      }
    }
  });

  it('has data.json holding every tool and redirect, valid as a whole', () => {
    const data = datasetSchema.parse(readJson(`${dist}/data.json`));
    expect(data.version).toBe(packageVersion);
    expect(data.tools).toEqual(Object.fromEntries(shipped.tools.map((t) => [t.id, t])));
    expect(data.redirects).toEqual(Object.fromEntries(shipped.redirects.map((r) => [r.id, r])));
  });

  it('has one catalog entry per tool, in id order, matching its record', () => {
    const catalog = readJson<{ version: string; tools: CatalogEntry[]; redirects: unknown }>(
      `${dist}/catalog.json`,
    );
    expect(catalog.version).toBe(packageVersion);
    expect(catalog.tools.map((e) => e.id)).toEqual(shipped.tools.map((t) => t.id).sort());
    for (const entry of catalog.tools) {
      const record = published(entry.id) as ToolRecord;
      expect(catalogEntrySchema.safeParse(entry).success, entry.id).toBe(true);
      expect(entry, entry.id).toEqual({
        id: record.id,
        name: record.name,
        vendor: record.vendor,
        ...(record.category ? { category: record.category } : {}),
        ...(record.aliases ? { aliases: record.aliases } : {}),
        verdict: record.headline.verdict,
        ...(record.lastVerified ? { lastVerified: record.lastVerified } : {}),
        ...(record.evidenceSeen ? { evidenceSeen: record.evidenceSeen } : {}),
      });
    }
    expect(catalog.redirects).toEqual(
      Object.fromEntries(shipped.redirects.map((r) => [r.id, r.redirectTo])),
    );
  });

  it('has a headline verdict that agrees with the tiers of each tool', () => {
    for (const record of shipped.tools) {
      expect(published(record.id), record.id).toMatchObject({
        headline: { verdict: deriveHeadlineVerdict(record.tiers) },
      });
    }
  });

  it('resolves every source, tier and clause a record refers to within that record', () => {
    for (const record of shipped.tools) {
      const json = published(record.id) as ToolRecord;
      const known = {
        source: new Set(json.sources.map((s) => s.id)),
        tier: new Set(json.tiers.map((t) => t.id)),
        clause: new Set((json.clauses ?? []).map((c) => c.id)),
      };
      const unresolved = references(json).filter((ref) => !known[ref.kind].has(ref.id));
      expect(unresolved, record.id).toEqual([]);
      for (const clause of json.clauses ?? []) expect(known.source.has(clause.source)).toBe(true);
    }
  });

  it('links only to https URLs, and every source has a URL or a document name', () => {
    for (const record of shipped.tools) {
      const json = published(record.id) as ToolRecord;
      const links = strings(json).filter(
        ([path, value]) =>
          /(^|\.)(url|officialSite)$/.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value),
      );
      for (const [path, value] of links) {
        expect(`${path}: ${value}`, record.id).toMatch(/^[^ ]+: https:\/\/[^\s/]+\.[^\s/]+/);
        expect(new URL(value).protocol, `${record.id} ${path}`).toBe('https:');
      }
      expect(
        strings(json).filter(([, value]) => /\bhttp:\/\//i.test(value)),
        record.id,
      ).toEqual([]);
      for (const source of json.sources)
        expect(Boolean(source.url || source.document), `${record.id} ${source.id}`).toBe(true);
    }
  });

  it('keeps every record out of the catalog module and loads each through its own loader', async () => {
    // The module `@ai-training-verdict/data/catalog` is for import (package.json, "exports").
    const catalogFile = readJson<{ exports: Record<string, { import: { default: string } }> }>(
      `${packageDir}package.json`,
    ).exports['./catalog']!.import.default.replace('./dist/', '');
    const { catalog, toolIds, redirects, dataVersion } = (await import(
      `${dist}/${catalogFile}`
    )) as {
      catalog: CatalogEntry[];
      toolIds: string[];
      redirects: Record<string, RedirectRecord>;
      dataVersion: string;
    };
    expect(catalog).toEqual(readJson<{ tools: unknown }>(`${dist}/catalog.json`).tools);
    expect(toolIds).toEqual(shipped.tools.map((t) => t.id));
    expect(redirects).toEqual(Object.fromEntries(shipped.redirects.map((r) => [r.id, r])));
    expect(dataVersion).toBe(packageVersion);

    // The catalog module and the chunks it imports carry no record body.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(`${dist}/${file}`, 'utf8');
      expect(code, file).not.toMatch(/\b(shortAnswer|tiers|quote|sources)\b/);
      for (const [, next] of code.matchAll(/from\s*["']\.\/([^"']+)["']/g)) visit(next!);
    };
    visit(catalogFile);

    const { loaders } = (await import(`${dist}/loaders.js`)) as {
      loaders: Record<string, () => Promise<RecordFile>>;
    };
    expect(Object.keys(loaders).sort()).toEqual(all.map((r) => r.id).sort());
    for (const record of all) {
      expect(await loaders[record.id]!(), record.id).toEqual(published(record.id));
    }
  });

  it('exports every tool from the main entry, equal to its JSON', async () => {
    const { records, toolIds } = (await import(`${dist}/index.js`)) as {
      records: Record<string, ToolRecord>;
      toolIds: string[];
    };
    expect(Object.keys(records)).toEqual(toolIds);
    for (const id of toolIds) expect(records[id], id).toEqual(published(id));
  });

  it('keeps the main entry browser-safe: no Node built-ins', () => {
    // `./node` (dist/node.*) is the Node-only maintainer library, and says so; no other entry
    // imports it.
    const browserFiles = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f) && !/^node\./.test(f));
    expect(browserFiles).toContain('index.js');
    for (const file of browserFiles) {
      expect(readFileSync(`${dist}/${file}`, 'utf8'), file).not.toMatch(/["']\.\/node\.c?js["']/);
    }
    for (const file of browserFiles) {
      const code = readFileSync(`${dist}/${file}`, 'utf8');
      expect(code, file).not.toMatch(
        /\bfrom\s+["']node:|require\(["'](node:)?(fs|path|url|module)["']\)/,
      );
    }
  });
});
