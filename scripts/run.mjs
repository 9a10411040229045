#!/usr/bin/env node
// The one entry point behind the root scripts. It makes `npm start` and `npm test` work on a machine
// that has only Node and npm: it installs the pinned pnpm into .tools/ (corepack fails on registry
// signatures on some machines), installs the workspace from the lockfile when needed, then runs the
// requested job with the workspace's binaries on PATH.
//
//   node scripts/run.mjs test      build, typecheck, lint and test everything; print "N passed, N failed"
//   node scripts/run.mjs start     build the docs site and the public site, serve both
//   node scripts/run.mjs lint      eslint in every package, prettier over the repo, actionlint
//   node scripts/run.mjs bench     build the widget and run the benchmarks (BENCHMARKS.md)
//   node scripts/run.mjs <cmd...>  any other command, with the workspace set up
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeRunSummary, runSummaries, summarise } from './test-summary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = rootPkg.packageManager.replace(/^pnpm@/, '');
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', '.bin', 'pnpm');

const env = {
  ...process.env,
  PATH: [
    join(root, 'node_modules', '.bin'),
    join(toolsDir, 'node_modules', '.bin'),
    process.env.PATH,
  ]
    .filter(Boolean)
    .join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  // pnpm may otherwise ask before it replaces a node_modules made by another install.
  CI: process.env.CI ?? 'true',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};

function log(message) {
  process.stdout.write(`\x1b[2m[run]\x1b[0m ${message}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, what) {
  const status = run(cmd, args);
  if (status !== 0) {
    process.stderr.write(`\n${what} failed (exit ${status}).\n`);
    process.exit(status);
  }
}

function ensurePnpm() {
  if (existsSync(pnpmBin)) {
    const probe = spawnSync(pnpmBin, ['--version'], { env, encoding: 'utf8' });
    if (probe.stdout?.trim() === pnpmVersion) return;
  }
  log(`installing pnpm ${pnpmVersion} into .tools/`);
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(join(toolsDir, 'package.json'), '{ "private": true }\n');
  must(
    'npm',
    [
      'install',
      '--prefix',
      toolsDir,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${pnpmVersion}`,
    ],
    'Installing pnpm',
  );
}

function installStamp() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'pnpm-lock.yaml')));
  hash.update(pnpmVersion);
  return hash.digest('hex');
}

function ensureDependencies() {
  const stampFile = join(root, 'node_modules', '.install-stamp');
  const stamp = installStamp();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  log('installing workspace dependencies from pnpm-lock.yaml');
  must(pnpmBin, ['install', '--frozen-lockfile', '--prefer-offline'], 'pnpm install');
  writeFileSync(stampFile, stamp);
}

function workspaceDirs() {
  return ['packages', 'apps'].flatMap((group) => {
    const dir = join(root, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name));
  });
}

/**
 * The widget's tests run in a real Chromium, which is never downloaded by a test tool: use the one
 * CHROME_PATH names, else the system one, else install it with apt-get (a bare CI machine running as
 * root), else stop with instructions. The path reaches @web/test-runner through CHROME_PATH.
 */
/** Installs a Debian package with apt-get when this is root on a machine that has it; false if not. */
function aptInstall(pkg, why) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = !spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error;
  if (!isRoot || !hasApt) return false;
  log(`installing ${pkg} with apt-get (${why})`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', pkg],
  ]) {
    const status = run('apt-get', args, { env: aptEnv });
    if (status !== 0) {
      process.stderr.write(`\napt-get ${args.join(' ')} failed (exit ${status}).\n`);
      process.exit(status);
    }
  }
  return true;
}

/** Java for the Nu Html Checker (vnu), which checks every page of the site (apps/site). */
function ensureJava() {
  const java = env.JAVA ?? 'java';
  const works = () => spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;
  if (works()) return;
  if (aptInstall('default-jre-headless', 'the site tests check every page with vnu') && works()) {
    return;
  }
  process.stderr.write(
    '\nThe site tests need Java for the Nu Html Checker (vnu), and none was found.\n' +
      'Install it (Debian/Ubuntu: `sudo apt-get install default-jre-headless`; macOS: a JDK) or\n' +
      'point JAVA at the java binary, for example: JAVA=/opt/jdk/bin/java npm test\n',
  );
  process.exit(1);
}

function ensureChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) {
    env.CHROME_PATH = fromEnv;
    return;
  }
  if (fromEnv) log(`CHROME_PATH=${fromEnv} does not exist; looking for Chromium elsewhere`);
  const systemChromium = '/usr/bin/chromium';
  if (existsSync(systemChromium)) {
    env.CHROME_PATH = systemChromium;
    return;
  }
  if (aptInstall('chromium', 'the widget tests run in a real browser')) {
    if (existsSync(systemChromium)) {
      env.CHROME_PATH = systemChromium;
      return;
    }
    log(`apt-get installed chromium, but not at ${systemChromium}`);
  }
  process.stderr.write(
    '\nThe widget tests need Chromium, and none was found.\n' +
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome or\n' +
      'Chromium) and point CHROME_PATH at the browser binary, for example:\n' +
      '  CHROME_PATH=/usr/bin/chromium npm test\n',
  );
  process.exit(1);
}

function test() {
  ensureChromium();
  ensureJava();
  for (const dir of workspaceDirs()) rmSync(join(dir, 'reports'), { recursive: true, force: true });
  const before = runSummaries(root);
  const turbo = run('turbo', [
    'run',
    'build',
    'feeds',
    'typecheck',
    'lint',
    'test',
    '--continue',
    '--output-logs=new-only',
    // Which tasks failed comes from turbo's own run summary (.turbo/runs/<id>.json), not its log.
    '--summarize',
  ]);
  const prettier = run('prettier', ['--check', '--log-level=warn', '.']);
  const workflows = run('node', ['scripts/lint-workflows.mjs']);
  const {
    passed,
    failed: testFailed,
    suites,
  } = summarise({
    root,
    packageDirs: workspaceDirs(),
    runSummary: takeRunSummary(root, before),
  });
  let failed = testFailed;
  if (prettier !== 0) {
    failed += 1;
    suites.push('prettier --check: failed (run `npm run format`)');
  }
  if (workflows !== 0) {
    failed += 1;
    suites.push('actionlint (.github/workflows): failed');
  }
  if (turbo !== 0 && failed === 0) {
    failed += 1;
    suites.push(`turbo exited ${turbo}`);
  }
  const line = `${passed} passed, ${failed} failed`;
  process.stdout.write(`\nSuites:\n${suites.map((s) => `  ${s}`).join('\n')}\n\n${line}\n`);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'summary.txt'), `${line}\n`);
  return failed === 0 && turbo === 0 ? 0 : 1;
}

function lint() {
  const status = run('turbo', ['run', 'lint', '--output-logs=errors-only']);
  const prettier = run('prettier', ['--check', '--log-level=warn', '.']);
  const workflows = run('node', ['scripts/lint-workflows.mjs']);
  return status || prettier || workflows;
}

function start() {
  log('building the data, SDK, widget, docs and site (about a minute the first time)...');
  must(
    'turbo',
    [
      'run',
      'build',
      '--filter=@ai-training-verdict/docs...',
      '--filter=@ai-training-verdict/site...',
      '--output-logs=errors-only',
    ],
    'Building the docs and the site',
  );
  return run('node', ['scripts/serve.mjs']);
}

function bench(args) {
  ensureChromium();
  log('building the data, SDK and widget, then benchmarking (a few minutes)...');
  must(
    'turbo',
    ['run', 'build', '--filter=@ai-training-verdict/widget...', '--output-logs=errors-only'],
    'Building the widget',
  );
  return run('node', ['apps/bench/src/bench.mjs', ...args]);
}

const [job, ...rest] = process.argv.slice(2);
if (!job) {
  process.stderr.write('usage: node scripts/run.mjs <test|start|lint|bench|command...>\n');
  process.exit(2);
}
ensurePnpm();
ensureDependencies();
let status;
if (job === 'test') status = test();
else if (job === 'start') status = start();
else if (job === 'lint') status = lint();
else if (job === 'bench') status = bench(rest);
else status = run(job === 'pnpm' ? pnpmBin : job, rest);
process.exit(status);
