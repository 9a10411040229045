/**
 * `npm run data-diff` (scripts/data-diff.mjs) as a maintainer meets it, in a scratch repository
 * holding a fictional record: a release tag, edits, pending changesets. Here because the note's
 * words are this package's (`labels.en`); what each change is classified as is tested in the data
 * package (test/diff.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The data package's Markdown renderer for tests (markdown-it, as GitHub renders a CHANGELOG).
import { rendered } from '../../data/test/markdown.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const script = join(root, 'scripts/data-diff.mjs');
const minimal = readFileSync(join(root, 'packages/data/test/fixtures/valid/minimal.yaml'), 'utf8');
const PKG = '@ai-training-verdict/data';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
const record = (name: string, text: string) =>
  writeFileSync(join(repo, 'packages/data/records', `${name}.yaml`), text);
const changeset = (bump: string) =>
  writeFileSync(
    join(repo, '.changeset', `pending.md`),
    `---\n'${PKG}': ${bump}\n---\n\nA change.\n`,
  );
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [script, '--repo', repo, ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'atv-data-diff-'));
  mkdirSync(join(repo, 'packages/data/records'), { recursive: true });
  mkdirSync(join(repo, '.changeset'));
  git('init', '-q');
  record('minimal', minimal);
  git('add', '-A');
  git('commit', '-qm', 'release');
  git('tag', `${PKG}@1.0.0`);
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('data-diff', () => {
  it('should compare with the newest release tag and find nothing when nothing changed', () => {
    expect(run()).toEqual({
      code: 0,
      out: `data-diff: ${PKG}, ${PKG}@1.0.0 -> the working tree\n0 change(s); they need no release; the pending changesets give no bump.\n`,
      err: '',
    });
  });

  it('should demand a major bump when the record schema drops a field, naming it', () => {
    const schemaFile = join(repo, 'packages/data/schema/tool-record.schema.json');
    const schema = (properties: Record<string, unknown>) =>
      writeFileSync(schemaFile, JSON.stringify({ type: 'object', properties }));
    mkdirSync(join(repo, 'packages/data/schema'));
    schema({ id: { type: 'string' }, caveat: { type: 'string' } });
    git('add', '-A');
    git('commit', '-qm', 'schema');
    git('tag', '-f', `${PKG}@1.0.0`);
    schema({ id: { type: 'string' } });
    changeset('minor');
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('- Record schema, breaking: caveat: field removed');
    expect(refused.err).toContain(
      `"Record schema, breaking: caveat: field removed" needs a major release`,
    );
  });

  it('should demand a major bump for a record removed without a redirect', () => {
    rmSync(join(repo, 'packages/data/records/minimal.yaml'));
    changeset('minor');
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      '1 change(s); they need a major release; the pending changesets give a minor bump.',
    );
    expect(refused.err).toBe(
      `\ndata-diff: "Example Writer: removed; the id "minimal" no longer works" needs a major release, but the pending changesets give ${PKG} only a minor bump. Run \`npm run changeset\` and pick major.\n`,
    );
    changeset('major');
    expect(run().code).toBe(0);
  });

  /** The fixture with its free tier's verdict changed, and the policy change that says so. */
  const changed =
    minimal.replace('verdict: trains\n', 'verdict: no-training\n') +
    'history:\n  - type: policy-change\n    tier: free\n    date: 2026-01-05\n' +
    '    summary: The vendor stopped training on Free.\n    before: { verdict: trains }\n' +
    '    sources: [terms]\n';

  it("should demand at least minor for a tier's verdict and name the tool, the tier and both verdicts", () => {
    record('minimal', changed);
    changeset('patch');
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      `data-diff: ${PKG}, ${PKG}@1.0.0 -> the working tree\n` +
        '3 change(s); they need a minor release; the pending changesets give a patch bump.\n\n' +
        'Release note:\n' +
        '- Example Writer · Free: trains on your data -> no training, effective 2026-01-05\n' +
        '- Example Writer: headline trains by default -> no training\n' +
        '- Example Writer: wording or sources (history, tiers)\n',
    );
    expect(refused.err).toContain('needs a minor release, but the pending changesets give');
    changeset('minor');
    expect(run().code).toBe(0);
  });

  it('should refuse a verdict change the history does not explain, naming the file and the tier', () => {
    record('minimal', minimal.replace('verdict: trains\n', 'verdict: no-training\n'));
    changeset('minor');
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      '\ndata-diff: "Example Writer · Free: trains on your data -> no training" has no history entry: add a policy-change for the tier "free" in packages/data/records/minimal.yaml (the vendor changed its text) or a record-correction with tier: free (we corrected our record).\n',
    );
    record(
      'minimal',
      minimal.replace('verdict: trains\n', 'verdict: no-training\n') +
        'history:\n  - type: record-correction\n    tier: free\n    date: 2026-01-10\n' +
        '    summary: We misread the terms.\n    sources: [terms]\n',
    );
    expect(run().code).toBe(0);
  });

  it('should put the note into the data CHANGELOG under the new version after changeset version', () => {
    record('minimal', changed);
    mkdirSync(join(repo, 'packages/data'), { recursive: true });
    writeFileSync(
      join(repo, 'packages/data/CHANGELOG.md'),
      `# ${PKG}\n\n## 1.1.0\n\n### Minor Changes\n\n- abc123: A change.\n\n## 1.0.0\n`,
    );
    expect(run('--write-changelog').code).toBe(0);
    expect(readFileSync(join(repo, 'packages/data/CHANGELOG.md'), 'utf8')).toBe(
      `# ${PKG}\n\n## 1.1.0\n\n### What changed for readers, tool by tool (since ${PKG}@1.0.0)\n\n` +
        '- Example Writer · Free: trains on your data -> no training, effective 2026-01-05\n' +
        '- Example Writer: headline trains by default -> no training\n' +
        '- Example Writer: wording or sources (history, tiers)\n\n' +
        '### Minor Changes\n\n- abc123: A change.\n\n## 1.0.0\n',
    );
  });

  it('should say what to do without a release tag, and refuse records that do not validate', () => {
    git('tag', '-d', `${PKG}@1.0.0`);
    expect(run()).toEqual({
      code: 2,
      out: '',
      err: `data-diff: no ${PKG}@* release tag found: pass --base <git ref> or --tarball <file.tgz>\n`,
    });
    record('minimal', minimal.replace('verdict: trains\n', 'verdict: sometimes\n'));
    const invalid = run('--base', 'HEAD');
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(
      /^packages\/data\/records\/minimal\.yaml:\d+:\d+ {2}tiers\[0\]\.verdict /,
    );
    expect(invalid.err).toContain('data-diff: the records of the working tree do not validate');
  });

  it('should keep hostile text from an older release as text: in the CHANGELOG no link or HTML, in the terminal no escape sequence', () => {
    // An older release (a tarball, read as published, not validated) with a tool the working tree
    // no longer has: its name is Markdown, HTML and a terminal escape sequence.
    const name = 'x](https://evil)<img src=x onerror=alert(1)>\u001b[2J';
    const tool = { kind: 'tool', id: 'gone', name };
    const base = join(repo, 'base');
    mkdirSync(join(base, 'package/dist'), { recursive: true });
    writeFileSync(
      join(base, 'package/dist/data.json'),
      JSON.stringify({ version: '1.0.0', tools: { gone: tool }, redirects: {} }),
    );
    execFileSync('tar', ['-czf', join(repo, 'base.tgz'), '-C', base, 'package']);
    changeset('major');
    const printed = run('--tarball', join(repo, 'base.tgz'));
    expect(printed.err).toBe('');
    // eslint-disable-next-line no-control-regex -- the test looks for the raw character
    expect(printed.out).not.toMatch(/\u001b/);
    // The note is Markdown (its `[` escaped); the escape sequence shows as text.
    expect(printed.out).toContain('\\u001b\\[2J');

    mkdirSync(join(repo, 'packages/data'), { recursive: true });
    writeFileSync(join(repo, 'packages/data/CHANGELOG.md'), `# ${PKG}\n\n## 2.0.0\n`);
    expect(run('--tarball', join(repo, 'base.tgz'), '--write-changelog').code).toBe(0);
    const seen = rendered(readFileSync(join(repo, 'packages/data/CHANGELOG.md'), 'utf8'));
    expect(seen.links).toEqual([]);
    expect(seen.images).toEqual([]);
    expect(seen.html).toEqual([]);
    expect(seen.output).toContain(
      '<li>x](https://evil)&lt;img src=x onerror=alert(1)&gt;\u001b[2J: removed; the id &quot;gone&quot; no longer works</li>',
    );
  });
});
