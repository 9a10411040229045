/**
 * The GitHub workflows (.github/workflows/*.yml), read as GitHub reads them: a job that can write
 * to the repository or publish (`contents: write`, `id-token: write`, an npm token) installs and
 * builds nothing, so no dependency's code ever runs where those rights could be taken; and no
 * checkout leaves its token in `.git/config` for the steps after it. A job that pushes
 * authenticates in the one step that pushes. Here because the data package holds the workspace's
 * YAML parser, and the weekly source check is this package's workflow.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflowsDir = fileURLToPath(new URL('../../../.github/workflows', import.meta.url));
const artifactScript = fileURLToPath(
  new URL('../../../scripts/release-artifact.mjs', import.meta.url),
);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  permissions?: string | Record<string, string>;
  env?: Record<string, unknown>;
  steps?: Step[];
}
interface Workflow {
  permissions?: string | Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** What a step runs: its shell script, and the commands an action takes as inputs. */
const commandsOf = (step: Step) =>
  [step.run, step.with?.['version'], step.with?.['publish']].filter(
    (c): c is string => typeof c === 'string',
  );

/**
 * Commands that install dependencies or run the workspace's code (its build, tests or scripts):
 * any of them runs code from the npm registry.
 */
const INSTALL_OR_BUILD: [RegExp, string][] = [
  [/\b(pnpm|npm|yarn|bun)\s+(install|i|ci|add|update)\b/, 'installs packages'],
  [/\b(npx|pnpx|pnpm\s+dlx|pnpm\s+exec|yarn\s+dlx|corepack)\b/, 'runs a package binary'],
  [/\bturbo\b/, 'runs turbo (the build)'],
  [/\brun\s+build\b|\bbuild:/, 'runs a build'],
  [/\bnpm\s+(test|t|run|run-script|start)\b|\bpnpm\s+(test|run)\b/, 'runs a package script'],
  [/scripts\/run\.mjs|\.ci\/run\b/, 'runs the workspace runner (install and build)'],
  [/\bchangeset\s+(version|publish)\b/, 'runs changesets from the workspace'],
];

/** Why a job can publish or write, or undefined. */
function rightsOf(workflow: Workflow, job: Job): string | undefined {
  const permissions = job.permissions ?? workflow.permissions;
  if (permissions === 'write-all') return 'permissions: write-all';
  if (permissions && typeof permissions === 'object') {
    for (const scope of ['id-token', 'contents'])
      if (permissions[scope] === 'write') return `${scope}: write`;
  }
  const envs = [workflow.env, job.env, ...(job.steps ?? []).map((s) => s.env)];
  for (const env of envs)
    for (const [name, value] of Object.entries(env ?? {}))
      if (
        /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_CONFIG_.*AUTH.*)$/i.test(name) ||
        /secrets\.\w*NPM\w*/i.test(String(value))
      )
        return `an npm token (${name})`;
  return undefined;
}

const checkouts = (job: Job) =>
  (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
const keepsCredentials = (step: Step) => step.with?.['persist-credentials'] !== false;
const label = (step: Step, index: number) =>
  step.name ?? step.uses ?? `step ${index + 1} (${String(step.run).split('\n')[0]})`;

/** Every way a job with publish or write rights runs code it did not write, as sentences. */
export function privilegedJobProblems(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const rights = rightsOf(workflow, job);
    if (!rights) continue;
    (job.steps ?? []).forEach((step, index) => {
      const where = `job ${id} (${rights}), ${label(step, index)}`;
      for (const command of commandsOf(step))
        for (const [pattern, what] of INSTALL_OR_BUILD)
          if (pattern.test(command)) problems.push(`${where} ${what}: ${command.trim()}`);
      if (step.uses?.startsWith('actions/setup-node@') && step.with?.['cache'])
        problems.push(`${where} restores a dependency cache`);
      if (/^(actions\/cache|pnpm\/action-setup)@/.test(step.uses ?? ''))
        problems.push(`${where} uses ${step.uses?.split('@')[0]}`);
      if (step.uses?.startsWith('actions/checkout@') && keepsCredentials(step))
        problems.push(`${where} keeps the checkout's credentials (persist-credentials)`);
    });
  }
  return problems;
}

/** Every checkout of a job that never pushes and still keeps its credentials. */
export function persistedCheckouts(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const pushes = (job: Job) =>
    (job.steps ?? []).some(
      (s) => /\bgit\s+push\b/.test(s.run ?? '') || s.uses?.startsWith('changesets/action@'),
    );
  return Object.entries(workflow.jobs).flatMap(([id, job]) =>
    pushes(job)
      ? []
      : checkouts(job)
          .filter(keepsCredentials)
          .map((s) => `job ${id}: ${s.uses} without persist-credentials: false`),
  );
}

describe('a job with publish or write rights', () => {
  const job = (permissions: string, ...steps: string[]) =>
    `jobs:\n  release:\n    permissions:\n${permissions}\n    steps:\n${steps.join('\n')}\n`;
  const checkout =
    '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false';

  it('may not install, build or run the workspace scripts', () => {
    const text = job(
      '      id-token: write',
      checkout,
      '      - run: pnpm install --frozen-lockfile',
      '      - run: node scripts/run.mjs turbo run build',
      '      - run: npm run release',
      '      - uses: changesets/action@v1\n        with:\n          publish: pnpm run build && changeset publish',
    );
    expect(privilegedJobProblems(text)).toEqual([
      'job release (id-token: write), step 2 (pnpm install --frozen-lockfile) installs packages: pnpm install --frozen-lockfile',
      'job release (id-token: write), step 3 (node scripts/run.mjs turbo run build) runs turbo (the build): node scripts/run.mjs turbo run build',
      'job release (id-token: write), step 3 (node scripts/run.mjs turbo run build) runs a build: node scripts/run.mjs turbo run build',
      'job release (id-token: write), step 3 (node scripts/run.mjs turbo run build) runs the workspace runner (install and build): node scripts/run.mjs turbo run build',
      'job release (id-token: write), step 4 (npm run release) runs a package script: npm run release',
      'job release (id-token: write), changesets/action@v1 runs a build: pnpm run build && changeset publish',
      'job release (id-token: write), changesets/action@v1 runs a package script: pnpm run build && changeset publish',
      'job release (id-token: write), changesets/action@v1 runs changesets from the workspace: pnpm run build && changeset publish',
    ]);
  });

  it('counts contents: write and an npm token as rights, and a cached setup-node as an install', () => {
    const cached =
      '      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: pnpm';
    expect(privilegedJobProblems(job('      contents: write', cached))).toEqual([
      'job release (contents: write), actions/setup-node@v4 restores a dependency cache',
    ]);
    const token = `jobs:\n  p:\n    steps:\n      - run: npm ci\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`;
    expect(privilegedJobProblems(token)).toEqual([
      'job p (an npm token (NODE_AUTH_TOKEN)), step 1 (npm ci) installs packages: npm ci',
    ]);
  });

  it('may not keep the checkout credentials, even when it pushes', () => {
    const text = job(
      '      contents: write',
      '      - uses: actions/checkout@v4',
      '      - run: git push origin HEAD:refs/heads/x',
    );
    expect(privilegedJobProblems(text)).toEqual([
      "job release (contents: write), actions/checkout@v4 keeps the checkout's credentials (persist-credentials)",
    ]);
  });

  it('publishing tarballs it downloaded, with a token-free checkout, is fine', () => {
    const text = job(
      '      id-token: write\n      contents: write',
      checkout,
      '      - uses: actions/download-artifact@v4',
      '      - run: sha256sum --check --strict SHA256SUMS',
      '      - run: npm publish ./pkg-1.0.0.tgz --provenance --ignore-scripts',
    );
    expect(privilegedJobProblems(text)).toEqual([]);
  });

  it('a job with read rights only may build', () => {
    expect(
      privilegedJobProblems(job('      contents: read', checkout, '      - run: bash .ci/run')),
    ).toEqual([]);
  });
});

describe('a checkout in a job that does not push', () => {
  it('sets persist-credentials: false', () => {
    const text =
      'jobs:\n  test:\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n' +
      '  ok:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n';
    expect(persistedCheckouts(text)).toEqual([
      'job test: actions/checkout@v4 without persist-credentials: false',
    ]);
  });
});

describe('the repository workflows', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
  const read = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');

  it('are found (an empty folder would make the checks below pass vacuously)', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(files)('%s: no job with publish or write rights installs or builds anything', (file) => {
    expect(privilegedJobProblems(read(file))).toEqual([]);
  });

  it.each(files)('%s: every checkout of a job that does not push drops its credentials', (file) => {
    expect(persistedCheckouts(read(file))).toEqual([]);
  });

  it('release.yml publishes from a job with publish rights, and builds in one without', () => {
    const workflow = parse(read('release.yml')) as Workflow;
    const jobs = Object.entries(workflow.jobs);
    const publishing = jobs.filter(([, job]) =>
      (job.steps ?? []).some((s) =>
        commandsOf(s).some((c) => /\bnpm\s+publish\b|scripts\/publish\.mjs/.test(c)),
      ),
    );
    expect(publishing.length).toBeGreaterThan(0);
    for (const [, job] of publishing) expect(rightsOf(workflow, job)).toBe('id-token: write');
    const building = jobs.filter(([, job]) =>
      (job.steps ?? []).some((s) => commandsOf(s).some((c) => /\.ci\/run|turbo/.test(c))),
    );
    expect(building.length).toBeGreaterThan(0);
    for (const [, job] of building) expect(rightsOf(workflow, job)).toBeUndefined();
  });
});

describe('the sealed folder one job hands to the next (scripts/release-artifact.mjs)', () => {
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [artifactScript, ...args], { encoding: 'utf8' });
    return { code: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
  };
  const sealed = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atv-artifact-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'pkg-1.0.0.tgz'), 'the tarball the build job packed');
    writeFileSync(join(dir, 'notes', 'pkg@1.0.0.md'), 'Notes.');
    const { out } = cli('seal', dir);
    return { dir, manifest: out };
  };

  it('verifies as sealed', () => {
    const { dir, manifest } = sealed();
    expect(manifest).toMatch(/^[0-9a-f]{64}$/);
    expect(cli('verify', dir, manifest)).toMatchObject({ code: 0 });
    rmSync(dir, { recursive: true });
  });

  it('refuses a changed tarball, an added file and a manifest rewritten to match', () => {
    const { dir, manifest } = sealed();
    writeFileSync(join(dir, 'pkg-1.0.0.tgz'), 'a tarball swapped in between the jobs');
    writeFileSync(join(dir, 'extra.tgz'), 'another package');
    const changed = cli('verify', dir, manifest);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(
      /^release-artifact: pkg-1\.0\.0\.tgz has SHA-256 [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}$/m,
    );
    expect(changed.err).toContain('release-artifact: extra.tgz is not in SHA256SUMS');
    // Sealing again makes a consistent folder, but not the one the build job's output names.
    cli('seal', dir);
    expect(cli('verify', dir, manifest).err).toMatch(
      /^release-artifact: SHA256SUMS has SHA-256 [0-9a-f]{64}, the build job sealed [0-9a-f]{64}$/,
    );
    rmSync(dir, { recursive: true });
  });

  it('refuses a manifest line that climbs out of the folder, and a missing expected hash', () => {
    const { dir } = sealed();
    const climbing = `${'0'.repeat(64)}  ../../etc/passwd\n`;
    writeFileSync(join(dir, 'SHA256SUMS'), climbing);
    const hash = createHash('sha256').update(climbing).digest('hex');
    expect(cli('verify', dir, hash).err).toContain(
      'release-artifact: SHA256SUMS line 1 is not "<sha256>  <file>"',
    );
    expect(cli('verify', dir, '').err).toBe(
      'release-artifact: the expected hash of SHA256SUMS is not a SHA-256: ""',
    );
    rmSync(dir, { recursive: true });
  });
});
