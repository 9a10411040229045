// Cost as the dataset grows: synthetic datasets of 10 to 10,000 tools, generated from the real
// records (each synthetic record is a real one under a new id and name, cycling through every
// real record, so the mix of tiers, sources and quotes is the real mix), then validated, built,
// and bundled into the CDN build as the release pipeline does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';
import { sizes } from './bytes.mjs';

const require = createRequire(import.meta.url);
const dataDir = join(require.resolve('@ai-training-verdict/data/package.json'), '..');
const widgetDir = join(require.resolve('@ai-training-verdict/widget/package.json'), '..');
const cpuAtExit = new URL('./cpu-at-exit.mjs', import.meta.url).href;

/** The real tool records (redirect files left out), as authored. */
export function realRecords() {
  const dir = join(dataDir, 'records');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
    .filter((r) => r.kind === 'tool')
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** `n` synthetic records: real ones in turn, each under its own id, name and aliases. */
export function synthetic(n, templates = realRecords()) {
  return Array.from({ length: n }, (_, i) => {
    const record = structuredClone(templates[i % templates.length]);
    const id = `t${String(i).padStart(5, '0')}-${record.id}`.slice(0, 64).replace(/-+$/, '');
    record.id = id;
    record.name = `${record.name} ${i}`;
    if (record.aliases) record.aliases = record.aliases.map((a) => `${a} ${i}`);
    return record;
  });
}

/** Writes records as YAML files into a fresh directory; returns it. */
export function writeRecords(records) {
  const dir = mkdtempSync(join(tmpdir(), 'atv-bench-records-'));
  for (const record of records) writeFileSync(join(dir, `${record.id}.yaml`), stringify(record));
  return dir;
}

const timed = async (fn) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  // CPU time too: on a shared machine it moves far less than the wall clock (this process only,
  // every thread of it, so it means something for what runs in it, validate; the build's child
  // reports its own).
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
};

/**
 * One dataset size: validate (in process, the data package's validator), build (the data package's
 * build script: per-tool files, catalog.json, data.json), each by wall and CPU time, and the CDN
 * build with that catalog (left out with `cdn: false`: then only the timings are returned).
 */
export async function measureSize(n, { node, cdn: withCdn = true } = {}) {
  const data = await import(join(dataDir, 'dist', 'node.js'));
  const { buildCdn, CATALOG } = await import(join(widgetDir, 'test', 'lib', 'build-cdn.mjs'));
  const records = synthetic(n);
  const dir = writeRecords(records);
  const out = mkdtempSync(join(tmpdir(), 'atv-bench-build-'));
  const cpuFile = join(out, 'build-cpu-ms');
  try {
    // What `validate` (the CLI) and the build run: each file's own checks shared among threads.
    const validate = await timed(() => {
      const { inputs } = data.readRecordInputs([dir]);
      return data.validateRecordSourcesInParallel(inputs, { staleness: false });
    });
    const errors = validate.value.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0)
      throw new Error(
        `synthetic dataset of ${n} does not validate: ${data.formatProblem(errors[0])}`,
      );
    const build = await timed(() =>
      execFileSync(
        node ?? process.execPath,
        ['--import', cpuAtExit, '--import', 'tsx', join(dataDir, 'scripts', 'build.ts')],
        {
          cwd: dataDir,
          env: { ...process.env, ATV_RECORDS_DIR: dir, ATV_BUILD_OUT: out, ATV_CPU_FILE: cpuFile },
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        },
      ),
    );
    const buildCpuMs = Number(readFileSync(cpuFile, 'utf8'));
    const timings = {
      tools: n,
      validateMs: validate.ms,
      validateCpuMs: validate.cpuMs,
      buildMs: build.ms,
      buildCpuMs,
    };
    if (!withCdn) return timings;
    const dataJson = readFileSync(join(out, 'dist', 'data.json'));
    const catalogJson = readFileSync(join(out, 'dist', 'catalog.json'));
    // The CDN build with this dataset's catalog module (the list an unknown id is matched against).
    const catalog = JSON.parse(catalogJson);
    const catalogModule = `export const dataVersion = ${JSON.stringify(catalog.version)};
export const catalog = ${JSON.stringify(catalog.tools)};
export const toolIds = catalog.map((entry) => entry.id);
export const redirects = ${JSON.stringify(catalog.redirects)};
`;
    const cdn = await buildCdn({ catalogModule });
    const entry = cdn.find((f) => f.fileName === 'ai-training-verdict.js');
    // The chunk that holds the list of tools (the catalog module this build was given).
    const catalogChunk = cdn.find((f) => Object.keys(f.modules).some((id) => id.endsWith(CATALOG)));
    // One card: the entry and one record, the first synthetic tool's (a real record's content).
    const record = readFileSync(join(out, 'dist', 'tools', `${records[0].id}.js`));
    return {
      ...timings,
      dataJson: sizes(dataJson),
      catalogJson: sizes(catalogJson),
      cdnEntry: sizes(entry.contents),
      cdnCatalogChunk: sizes(catalogChunk.contents),
      oneCard: {
        raw: sizes(entry.contents).raw + sizes(record).raw,
        gzip: sizes(entry.contents).gzip + sizes(record).gzip,
        brotli: sizes(entry.contents).brotli + sizes(record).brotli,
      },
      recordsOnDisk: readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
