// Asserts on what the package publishes (dist/), as a consumer meets it. `pnpm test` builds first.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { datasetSchema, toolRecordSchema, type ToolRecord } from '../src/schema.js';
import { packageDir } from './helpers.js';

const dist = `${packageDir}dist`;
const tool = (id: string): ToolRecord =>
  JSON.parse(readFileSync(`${dist}/tools/${id}.json`, 'utf8')) as ToolRecord;
const tierOf = (record: ToolRecord, id: string) => record.tiers.find((t) => t.id === id)!;

describe('dist/tools/jasper.json', () => {
  const jasper = tool('jasper');

  it('answers yes, trains by default, from Terms of Service v4.1 effective 30 May 2025', () => {
    expect(jasper.headline.verdict).toBe('trains-by-default');
    expect(jasper.headline.shortAnswer).toBe(
      'Yes — Jasper trains on your data by default; you have to opt out.',
    );
    expect(jasper.headline.summary).toContain('Terms of Service (v4.1, eff. 30 May 2025)');
    const terms = jasper.sources.find((s) => s.url === 'https://www.jasper.ai/legal/terms')!;
    expect(terms.published).toBe('2025-05-30');
    expect(terms.quote).toBe(
      "Jasper uses Customer Property, including Input and Output, to provide, maintain, and improve the Services, including for the purpose of developing and enhancing Jasper's artificial intelligence models.",
    );
  });

  it('has both tier rows with their verdicts', () => {
    expect(jasper.tiers.map((t) => [t.label, t.verdict])).toEqual([
      ['Standard (Terms of Service default)', 'trains'],
      ['EU / UK users', 'trains-unless-opt-out'],
    ]);
  });

  it('says EU/UK users object by e-mail to legal@jasper.ai and nobody else has a toggle', () => {
    const email = jasper.optOut!.methods!.find((m) => m.mechanism === 'email')!;
    expect(email.email).toBe('legal@jasper.ai');
    expect(email.appliesTo).toEqual(['eu-uk']);
    expect(jasper.optOut!.summary).toContain(
      'No documented self-serve in-product toggle for other regions',
    );
    expect(jasper.optOut!.methods!.some((m) => m.mechanism === 'settings-toggle')).toBe(false);
  });

  it('has the DPA, SOC 2 / GDPR / CCPA and the third-party model provider statement', () => {
    expect(jasper.dataHandling!.dpa!.url).toBe('https://www.jasper.ai/legal/dpa');
    expect(jasper.dataHandling!.certifications).toEqual(['SOC 2', 'GDPR', 'CCPA']);
    expect(jasper.dataHandling!.thirdPartyModels).toBe(
      'Third-party model providers are not permitted to train on customer content.',
    );
    expect(jasper.dataHandling!.zdrDpa).toBe('enterprise');
  });

  it('corrects the marketing claim against the Terms and records the conflict', () => {
    expect(jasper.listicles!.correction).toMatch(
      /^Jasper's enterprise\/ethics marketing says data is "never used for training," but the binding Terms of Service \(v4\.1\)/,
    );
    expect(jasper.conflicts![0]!.sources).toEqual(['jasper-trust', 'jasper-terms']);
  });

  it('was last verified 2026-06-01 with medium confidence, and cites three dated sources', () => {
    expect(jasper.lastVerified).toBe('2026-06-01');
    expect(jasper.confidence).toBe('medium');
    expect(jasper.caveat).toBe(
      'Terms change — confirm directly with Jasper before sending confidential data.',
    );
    expect(jasper.sources.map((s) => [s.url, s.published ?? s.retrieved])).toEqual([
      ['https://www.jasper.ai/legal/terms', '2025-05-30'],
      ['https://www.jasper.ai/legal/dpa', '2026-06-01'],
      ['https://www.jasper.ai/trust', '2026-06-01'],
    ]);
    expect(jasper.sources.every((s) => s.supports)).toBe(true);
  });
});

describe('dist/tools/claude.json', () => {
  const claude = tool('claude');

  it('depends on the plan: consumer trains unless opted out since 28 Aug 2025, the rest do not', () => {
    expect(claude.headline.verdict).toBe('depends-on-plan');
    expect(tierOf(claude, 'consumer')).toMatchObject({
      label: 'Free / Pro / Max (consumer)',
      plans: ['Free', 'Pro', 'Max'],
      verdict: 'trains-unless-opt-out',
      since: '2025-08-28',
    });
    expect(tierOf(claude, 'commercial')).toMatchObject({
      plans: ['Claude for Work', 'Team', 'Enterprise', 'Gov', 'Edu'],
      verdict: 'no-training',
    });
    expect(tierOf(claude, 'api').verdict).toBe('no-training');
  });

  it('has the 8 Oct 2025 deadline and the 30-day / 5-year retention consequence', () => {
    expect(claude.optOut!.deadline!.date).toBe('2025-10-08');
    expect(claude.optOut!.consequences![0]).toBe(
      'Opting out keeps the original 30-day retention; allowing training extends retention up to 5 years.',
    );
    const consumer = claude.dataHandling!.retention!.filter((r) =>
      r.appliesTo?.includes('consumer'),
    );
    expect(consumer.map((r) => r.period)).toEqual(['30 days', 'up to 5 years']);
  });

  it('keeps API data 7 days since 14 Sep 2025 (was 30), with ZDR voided through Bedrock and Vertex', () => {
    const api = claude.dataHandling!.retention!.find((r) => r.appliesTo?.includes('api'))!;
    expect(api).toMatchObject({
      period: '7 days',
      days: 7,
      effective: '2025-09-14',
      previous: '30 days',
    });
    expect(claude.dataHandling!.zdr!.availability).toBe('enterprise');
    expect(claude.dataHandling!.zdr!.caveats![0]).toContain('Amazon Bedrock, Google Vertex');
  });

  it('records the reversal as a dated policy change, not a correction of ours', () => {
    const reversal = claude.history!.find(
      (h) => h.type === 'policy-change' && h.tier === 'consumer',
    )!;
    expect(reversal).toMatchObject({
      date: '2025-08-28',
      before: { verdict: 'no-training' },
      after: { verdict: 'trains-unless-opt-out' },
    });
  });

  it('cites the three sources, with no quote or date the seed does not give, and no verification date', () => {
    expect(claude.sources.map((s) => s.url)).toEqual([
      'https://www.anthropic.com/news/updates-to-our-consumer-terms',
      'https://techcrunch.com/2025/08/28/anthropic-users-face-a-new-choice-opt-out-or-share-your-data-for-ai-training/',
      'https://privacy.claude.com/en/articles/10301952-updates-to-our-privacy-policy',
    ]);
    expect(claude.sources.some((s) => s.quote || s.published || s.retrieved)).toBe(false);
    expect(claude.lastVerified).toBeUndefined();
    expect(claude.confidence).toBeUndefined();
  });
});

describe('dist/tools/ai21.json', () => {
  const ai21 = tool('ai21');

  it('says the terms permit use and whether that includes training is unclear', () => {
    expect(ai21.headline.verdict).toBe('unclear');
    expect(ai21.tiers.map((t) => t.verdict)).toEqual(['unclear']);
  });

  it('quotes the licence clause verbatim from the Terms of Use, with its analysis', () => {
    const clause = ai21.clauses![0]!;
    expect(clause.document).toBe('AI21 Labs Terms of Use');
    expect(clause.text).toContain('solely to provide, maintain, and improve the Services');
    expect(clause.plainMeaning).toMatch(/^When you send text or other content to AI21's services/);
    expect(clause.whyItMatters).toMatch(/beyond just fulfilling the immediate request\.$/);
    expect(clause.interpretiveNote).toMatch(
      /^The precise scope of 'improve the Services' is not defined/,
    );
    expect(clause.products).toEqual(['Jamba', 'AI21 Studio', 'connected APIs']);
    const source = ai21.sources.find((s) => s.id === clause.source)!;
    expect(source).toEqual({
      id: 'ai21-terms-of-use',
      document: 'AI21 Labs Terms of Use',
      kind: 'terms',
      quote: clause.text,
    });
  });

  it('has two change records and a compliance analysis labelled as analysis', () => {
    expect(ai21.history!.map((h) => h.type)).toEqual(['policy-change', 'policy-change']);
    expect(ai21.history![0]!.summary).toContain('"Your Opt-Out Rights" button');
    expect(ai21.compliance).toMatchObject({
      label: 'analysis',
      exposure: { level: 'high' },
      jurisdictions: ['EU/EEA', 'California', 'Illinois', 'New York'],
    });
    expect(ai21.compliance!.contractImplications).toContain('GDPR Article 28');
  });

  it('leaves out what the seed does not give', () => {
    for (const field of [
      'optOut',
      'dataHandling',
      'lastVerified',
      'confidence',
      'category',
      'officialSite',
    ] as const) {
      expect(ai21[field]).toBeUndefined();
    }
  });
});

describe('the published files', () => {
  it('are each a valid record, and data.json validates as a whole', () => {
    for (const file of readdirSync(`${dist}/tools`).filter((f) => f.endsWith('.json'))) {
      expect(
        toolRecordSchema.safeParse(JSON.parse(readFileSync(`${dist}/tools/${file}`, 'utf8')))
          .success,
      ).toBe(true);
    }
    const data = datasetSchema.parse(JSON.parse(readFileSync(`${dist}/data.json`, 'utf8')));
    expect(Object.keys(data.tools).sort()).toEqual(['ai21', 'claude', 'jasper']);
    expect(data.version).toBe(
      JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')).version,
    );
  });

  it('include a compact catalog with id, name, vendor, verdict and last verification', () => {
    const catalog = JSON.parse(readFileSync(`${dist}/catalog.json`, 'utf8'));
    expect(catalog.tools).toEqual([
      { id: 'ai21', name: 'AI21 Labs', vendor: 'AI21 Labs', verdict: 'unclear' },
      {
        id: 'claude',
        name: 'Claude',
        vendor: 'Anthropic',
        category: 'AI chat assistant',
        verdict: 'depends-on-plan',
      },
      {
        id: 'jasper',
        name: 'Jasper',
        vendor: 'Jasper',
        category: 'AI writing / marketing',
        verdict: 'trains-by-default',
        lastVerified: '2026-06-01',
      },
    ]);
  });

  it('load one tool as an ES module and as CommonJS, equal to its JSON', async () => {
    const esm = (await import(`${dist}/tools/claude.js`)) as { default: ToolRecord };
    const cjs = createRequire(import.meta.url)(`${dist}/tools/claude.cjs`) as ToolRecord;
    expect(esm.default).toEqual(tool('claude'));
    expect(cjs).toEqual(tool('claude'));
  });

  it('keep one tool per chunk: the loaders import each record separately', async () => {
    const { loaders } = (await import(`${dist}/loaders.js`)) as {
      loaders: Record<string, () => Promise<ToolRecord>>;
    };
    expect(Object.keys(loaders).sort()).toEqual(['ai21', 'claude', 'jasper']);
    expect((await loaders.jasper!()).name).toBe('Jasper');
    const catalogModule = readFileSync(`${dist}/catalog.js`, 'utf8');
    expect(catalogModule).not.toContain('Customer Property');
  });

  it('keep the main entry browser-safe: no Node built-ins', () => {
    for (const file of readdirSync(dist).filter((f) => /\.(c?js)$/.test(f))) {
      const code = readFileSync(`${dist}/${file}`, 'utf8');
      expect(code, file).not.toMatch(
        /\bfrom\s+["']node:|require\(["'](node:)?(fs|path|url|module)["']\)/,
      );
    }
  });
});
