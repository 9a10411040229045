/**
 * data-diff: every change between two releases is classified, mapped to the bump the versioning
 * policy needs, refused when the pending changesets ask for less, and said in plain words.
 * The releases are built from the fictional minimal fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkBump, declaredBump, requiredBump } from '../src/node/bump-check.js';
import { diffReleases, type Release } from '../src/node/diff-releases.js';
import { diffSchemas } from '../src/node/diff-schemas.js';
import { releaseNote, type NoteLabels } from '../src/node/release-note.js';
import { HEADLINE_VERDICTS, TIER_VERDICTS } from '../src/vocabulary.js';
import type { ToolRecord } from '../src/schema.js';
import { teamTier, validateFixtures } from './helpers.js';
import { rendered } from './markdown.js';

const base = validateFixtures(['valid/minimal.yaml']).tools[0]!;

/** A release holding copies of the given records, and redirects. */
function release(tools: ToolRecord[], redirects: Release['redirects'] = {}): Release {
  return {
    tools: Object.fromEntries(tools.map((t) => [t.id, structuredClone(t)])),
    redirects,
  };
}

/** The minimal fixture with an edit applied. */
function edited(edit: (r: ToolRecord) => void): ToolRecord {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

const moved = (id: string, to: string) => ({
  kind: 'moved' as const,
  id,
  redirectTo: to,
  date: '2026-02-01',
  reason: 'Renamed.',
});

/**
 * Labels as a caller passes them (the SDK passes its own `labels.en`; its test runs the script with
 * them). Marked here so the note visibly uses what it is given, first letter lowered.
 */
const label = (v: string) => `Label of ${v}`;
const LABELS = {
  tierVerdict: Object.fromEntries(TIER_VERDICTS.map((v) => [v, label(v)])),
  headlineVerdict: Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, label(v)])),
} as unknown as NoteLabels;

describe('data-diff', () => {
  const before = release([base]);

  it('should find nothing between a release and itself', () => {
    const changes = diffReleases(before, release([base]));
    expect(changes).toEqual([]);
    expect(requiredBump(changes)).toBeUndefined();
    expect(checkBump(changes, undefined)).toEqual({ ok: true });
  });

  it('should call a new tool minor', () => {
    const other = edited((r) => {
      r.id = 'other-writer';
      r.name = 'Other Writer';
    });
    const changes = diffReleases(before, release([base, other]));
    expect(changes).toEqual([
      { kind: 'tool-added', bump: 'minor', id: 'other-writer', name: 'Other Writer' },
    ]);
    expect(releaseNote(changes, LABELS)).toBe('- Other Writer: new tool');
  });

  it('should keep record text as text in the Markdown note: no link, HTML, block or emphasis from it', () => {
    const other = edited((r) => {
      r.id = 'other';
      r.name = 'x](https://evil)<img src=x onerror=alert(1)>';
    });
    const tiered = edited((r) => {
      r.tiers.push({
        ...(teamTier(['terms']) as ToolRecord['tiers'][number]),
        label: '# Team *bold* `code` | cell &amp; www.evil.example\n- second <b>line</b>',
      });
    });
    const note = releaseNote(diffReleases(before, release([tiered, other])), LABELS);
    const seen = rendered(note);
    expect(seen.links).toEqual([]);
    expect(seen.images).toEqual([]);
    expect(seen.html).toEqual([]);
    // Two list items, each one line of text, as a reader of the CHANGELOG sees it.
    expect(seen.output).toBe(
      [
        '<ul>',
        '<li>Example Writer · # Team *bold* `code` | cell &amp;amp; www.evil.example - second &lt;b&gt;line&lt;/b&gt;: new tier, label of no-training</li>',
        '<li>x](https://evil)&lt;img src=x onerror=alert(1)&gt;: new tool</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('should demand a major bump for an id removed without a redirect, naming it', () => {
    const changes = diffReleases(before, release([]));
    expect(changes).toEqual([
      { kind: 'tool-removed', bump: 'major', id: 'minimal', name: 'Example Writer' },
    ]);
    expect(checkBump(changes, 'minor')).toEqual({
      ok: false,
      required: 'major',
      needs: changes[0],
    });
    expect(checkBump(changes, 'major')).toEqual({ ok: true });
    expect(releaseNote(changes, LABELS)).toBe(
      '- Example Writer: removed; the id "minimal" no longer works',
    );
  });

  it('should call a removal with a redirect a rename, minor, and a new redirect minor', () => {
    const renamed = edited((r) => {
      r.id = 'example-writer';
    });
    const changes = diffReleases(
      before,
      release([renamed], { minimal: moved('minimal', 'example-writer') }),
    );
    expect(changes.map((c) => [c.kind, c.bump, c.id])).toEqual([
      ['tool-added', 'minor', 'example-writer'],
      ['tool-renamed', 'minor', 'minimal'],
    ]);
    const aliased = diffReleases(before, release([base], { writer: moved('writer', 'minimal') }));
    expect(aliased).toEqual([
      {
        kind: 'redirect-added',
        bump: 'minor',
        id: 'writer',
        name: 'Example Writer',
        redirectTo: 'minimal',
      },
    ]);
    expect(releaseNote(aliased, LABELS)).toBe('- Example Writer: "writer" now leads to it');
  });

  it('should demand major for a redirect removed, since its id stops working', () => {
    const changes = diffReleases(
      release([base], { writer: moved('writer', 'minimal') }),
      release([base]),
    );
    expect(changes.map((c) => [c.kind, c.bump])).toEqual([['redirect-removed', 'major']]);
  });

  it('should call a tier added minor and a tier removed major', () => {
    const twoTiers = edited((r) => {
      r.tiers.push(teamTier(['terms']) as ToolRecord['tiers'][number]);
      r.headline.verdict = 'depends-on-plan';
    });
    const added = diffReleases(before, release([twoTiers]));
    expect(added.map((c) => [c.kind, c.bump, c.tier?.id])).toEqual([
      ['tier-added', 'minor', 'team'],
      ['headline-changed', 'minor', undefined],
    ]);
    const removed = diffReleases(release([twoTiers]), before);
    expect(removed.map((c) => [c.kind, c.bump, c.tier?.id])).toEqual([
      ['tier-removed', 'major', 'team'],
      ['headline-changed', 'minor', undefined],
    ]);
    expect(releaseNote(removed, LABELS)).toBe(
      '- Example Writer · Team: tier removed (it was label of no-training)\n' +
        '- Example Writer: headline label of depends-on-plan -> label of trains-by-default',
    );
  });

  it("should demand at least minor for a tier's verdict, naming tool, tier, both verdicts and the date", () => {
    const after = edited((r) => {
      r.tiers[0]!.verdict = 'trains-unless-opt-out';
      r.history = [
        {
          type: 'policy-change',
          date: '2026-02-01',
          tier: 'free',
          summary: 'An opt-out was added.',
          before: { verdict: 'trains' },
          after: { verdict: 'trains-unless-opt-out' },
          sources: ['terms'],
        },
      ];
    });
    const changes = diffReleases(before, release([after]));
    expect(changes.map((c) => [c.kind, c.bump])).toEqual([
      ['verdict-changed', 'minor'],
      ['wording', 'patch'],
    ]);
    expect(checkBump(changes, 'patch')).toEqual({
      ok: false,
      required: 'minor',
      needs: changes[0],
    });
    expect(checkBump(changes, 'minor')).toEqual({ ok: true });
    expect(releaseNote(changes, LABELS)).toBe(
      '- Example Writer · Free: label of trains -> label of trains-unless-opt-out, effective 2026-02-01\n' +
        '- Example Writer: wording or sources (history)',
    );
  });

  it('should call text and sources patch, and a new verification date alone a re-verification', () => {
    const reworded = edited((r) => {
      r.tiers[0]!.detail = 'Inputs train the models.';
      r.sources[0]!.retrieved = '2026-02-10';
    });
    expect(diffReleases(before, release([reworded]))).toEqual([
      {
        kind: 'wording',
        bump: 'patch',
        id: 'minimal',
        name: 'Example Writer',
        fields: ['sources', 'tiers'],
      },
    ]);
    const reverified = edited((r) => {
      r.lastVerified = '2026-02-10';
      r.history = [{ type: 're-verified', date: '2026-02-10' }];
    });
    const changes = diffReleases(before, release([reverified]));
    expect(changes.map((c) => [c.kind, c.bump])).toEqual([['reverified', 'patch']]);
    expect(checkBump(changes, undefined)).toEqual({
      ok: false,
      required: 'patch',
      needs: changes[0],
    });
    expect(releaseNote(changes, LABELS)).toBe('- Example Writer: re-verified');
  });
});

describe('the bump pending changesets declare', () => {
  it('should be the largest bump they give the package, ignoring other packages and "none"', () => {
    const releases = [
      { name: '@ai-training-verdict/data', type: 'patch' },
      { name: '@ai-training-verdict/sdk', type: 'major' },
      { name: '@ai-training-verdict/data', type: 'minor' },
      { name: '@ai-training-verdict/data', type: 'none' },
    ];
    expect(declaredBump(releases, '@ai-training-verdict/data')).toBe('minor');
    expect(declaredBump(releases.slice(1, 2), '@ai-training-verdict/data')).toBeUndefined();
  });
});

describe('data-diff on the record schema', () => {
  /** A small JSON Schema in the shape the real one has: records as oneOf objects. */
  const schema = () => ({
    $schema: 'http://json-schema.org/draft-07/schema#',
    oneOf: [
      {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'The id.' },
          verdict: { type: 'string', enum: ['trains', 'no-training'] },
          tiers: {
            type: 'array',
            items: {
              type: 'object',
              properties: { label: { type: 'string' } },
              required: ['label'],
            },
          },
          caveat: { type: 'string' },
        },
        required: ['id', 'verdict'],
      },
    ],
  });
  const record = (s: ReturnType<typeof schema>) => s.oneOf[0]!;
  const diff = (edit: (s: ReturnType<typeof schema>) => void) => {
    const after = schema();
    edit(after);
    return diffSchemas(schema(), after);
  };

  it('should find nothing between a schema and itself', () => {
    expect(diffSchemas(schema(), schema())).toEqual([]);
  });

  it('should demand a major bump when a field or a value is removed, or a type changes', () => {
    const changes = diff((s) => {
      delete (record(s).properties as Record<string, unknown>).caveat;
      record(s).properties.verdict.enum = ['trains'];
      (record(s).properties.tiers.items.properties.label as { type: string }).type = 'number';
    });
    expect(changes).toEqual([
      {
        kind: 'schema-breaking',
        bump: 'major',
        id: 'schema',
        name: 'Record schema',
        fields: [
          'verdict: value "no-training" removed',
          'tiers[].label: type string -> number',
          'caveat: field removed',
        ],
      },
    ]);
    expect(requiredBump(changes)).toBe('major');
    expect(checkBump(changes, 'minor')).toMatchObject({ ok: false, required: 'major' });
  });

  it('should demand a minor bump when a field or a value is added, or a field becomes optional', () => {
    const changes = diff((s) => {
      (record(s).properties as Record<string, unknown>).aliases = { type: 'array' };
      record(s).properties.verdict.enum.push('unclear');
      record(s).required = ['id'];
    });
    expect(changes.map((c) => [c.kind, c.bump, c.fields])).toEqual([
      [
        'schema-extended',
        'minor',
        ['verdict: value "unclear" added', 'verdict: now optional', 'aliases: field added'],
      ],
    ]);
    expect(releaseNote(changes, LABELS)).toBe(
      '- Record schema, extended: verdict: value "unclear" added; verdict: now optional; aliases: field added',
    );
  });

  it('should tell values apart by JSON, ignore the order of types, and read an added option as minor', () => {
    const typed = (type: unknown) => ({ type: 'object', properties: { v: { type } } });
    expect(diffSchemas(typed(['string', 'null']), typed(['null', 'string']))).toEqual([]);
    const valued = (values: unknown[]) => ({ type: 'object', properties: { v: { enum: values } } });
    expect(diffSchemas(valued([1]), valued(['1'])).map((c) => [c.kind, c.fields])).toEqual([
      ['schema-breaking', ['v: value 1 removed']],
      ['schema-extended', ['v: value "1" added']],
    ]);
    const options = (n: number) => ({
      oneOf: Array.from({ length: n }, (_, i) => ({
        type: 'object',
        properties: { [`k${i}`]: {} },
      })),
    });
    expect(diffSchemas(options(2), options(3)).map((c) => c.kind)).toEqual(['schema-extended']);
    expect(diffSchemas(options(3), options(2)).map((c) => c.kind)).toEqual(['schema-breaking']);
    // A field named like an Object method is a field like any other.
    const fields = (names: string[]) => ({
      type: 'object',
      properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
    });
    expect(diffSchemas(fields(['constructor']), fields([]))[0]?.fields).toEqual([
      'constructor: field removed',
    ]);
  });

  it('should call descriptions and limits a patch, and put the schema first in the note', () => {
    const changes = diff((s) => {
      record(s).properties.id.description = 'The tool id; equal to the file name.';
    });
    expect(changes.map((c) => [c.kind, c.bump])).toEqual([['schema-wording', 'patch']]);
    const other = { ...structuredClone(base), id: 'aaa', name: 'Aaa Writer' };
    const note = releaseNote(
      [...diffReleases(release([base]), release([base, other])), ...changes],
      LABELS,
    );
    expect(note.split('\n')).toEqual([
      '- Record schema, wording: id: descriptions or limits',
      '- Aaa Writer: new tool',
    ]);
  });
});
