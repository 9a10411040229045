#!/usr/bin/env node
// `npm run bench` (root): measures the card beside baseline-status 1.2.0 and the cost of growing the
// dataset, prints the tables and writes them, with the machine and the date, to BENCHMARKS.md.
//
//   node apps/bench/src/bench.mjs [--loads 20] [--tool <id>] [--sizes 10,100,1000,10000] [--no-write]
//   node apps/bench/src/bench.mjs --times [--profiles localhost,slow] [--loads 20]
//
// `--times` measures only the two times beside baseline-status and prints their table (nothing is
// written): a quicker check of a change to the card's loading path than the whole run.
//
//   node apps/bench/src/bench.mjs --only-sizes [--sizes 1000,10000]
//
// `--only-sizes` runs the dataset sizes alone (validate and the data build, wall and CPU time, with
// the growth guard), prints them and writes nothing: for work on the validator or the build.
//
// Timings are only ever reported here, as medians with their spread and as ratios to
// baseline-status measured in the same run; CI checks bytes and counts only (the widget's budget
// test).
import { cpus, totalmem, type as osType, release as osRelease } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { HEADLINE_BLOCK, headlineOf } from './headline.mjs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { baselineFiles, cardFiles, sdkBundle, total } from './bytes.mjs';
import {
  BASELINE_FEATURE,
  launch,
  loadOnce,
  PROFILES,
  sideBySide,
  startServers,
  TARGETS,
} from './browser.mjs';
import { measureSize } from './scale.mjs';
import { growth, MAX_TIME_GROWTH, outgrowing, summary } from './stats.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '20' },
    tool: { type: 'string' },
    sizes: { type: 'string', default: '10,100,1000,10000' },
    'no-write': { type: 'boolean', default: false },
    times: { type: 'boolean', default: false },
    profiles: { type: 'string', default: 'localhost,slow' },
    'only-sizes': { type: 'boolean', default: false },
  },
});
const loads = Number(values.loads);
const sizesToRun = values.sizes.split(',').map(Number);

const { catalog } = await import('@ai-training-verdict/data/catalog');
// The card measured: the one the widget issue profiled when present, else the first of the catalog.
const tool = values.tool ?? (catalog.some((t) => t.id === 'claude') ? 'claude' : catalog[0].id);

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const spread = (s, f) => `${f(s.median)} (${f(s.p25)}–${f(s.p75)})`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const log = (line) => process.stdout.write(`${line}\n`);
/** A run's medians in one line, for the progress log. */
const times = ({ ours, theirs }) =>
  `card visible: ours ${ms(ours.visible.median)}, baseline-status ${ms(theirs.visible.median)}; ` +
  `live card: ours ${ms(ours.rendered.median)}, baseline-status ${ms(theirs.rendered.median)}`;

/** `--times`: the side-by-side times only, for each profile asked, printed as the report's table. */
async function timesOnly() {
  const runs = [];
  for (const profile of values.profiles.split(',')) {
    if (!(profile in PROFILES)) throw new Error(`unknown profile "${profile}"`);
    const run = await sideBySide({ tool, loads, profile });
    log(`  ${profile}: ${times(run)}`);
    runs.push([profile, run]);
  }
  log(`\n${timeTable(runs)}`);
}

/** Each size measured, then the growth guard (see MAX_TIME_GROWTH); sets a failing exit code. */
async function measureSizes({ cdn = true } = {}) {
  const scale = [];
  for (const n of sizesToRun) {
    const s = await measureSize(n, { cdn });
    scale.push(s);
    log(
      `  scale: ${n} tools measured (validate ${ms(s.validateMs)}, CPU ${ms(s.validateCpuMs)}; ` +
        `build ${ms(s.buildMs)}, CPU ${ms(s.buildCpuMs)})`,
    );
  }
  // The guard: validate and the build stay near linear (see MAX_TIME_GROWTH); the bench fails if not.
  // Validate by its CPU time, which other jobs on the machine disturb far less than the clock.
  const outgrown = outgrowing({
    validate: scale.map((s) => [s.tools, s.validateCpuMs]),
    build: scale.map((s) => [s.tools, s.buildMs]),
  });
  for (const { name, exponent } of outgrown)
    log(
      `bench: ${name} grows as n^${exponent.toFixed(2)}, over n^${MAX_TIME_GROWTH} (rerun to confirm)`,
    );
  if (outgrown.length > 0) process.exitCode = 1;
  return scale;
}

/** `--only-sizes`: the dataset sizes alone, with the growth of each timing. */
async function onlySizes() {
  log(`bench: the dataset sizes only (${sizesToRun.join(', ')} tools)`);
  const scale = await measureSizes({ cdn: false });
  for (const [label, key] of [
    ['validate', 'validateMs'],
    ['validate CPU', 'validateCpuMs'],
    ['build', 'buildMs'],
    ['build CPU', 'buildCpuMs'],
  ]) {
    const g = growth(scale.map((s) => [s.tools, s[key]]));
    log(
      `  ${label}: ${scale.map((s) => ms(s[key])).join(', ')}; ${g.label} (${g.exponent.toFixed(2)})`,
    );
  }
}

async function main() {
  if (values.times) return timesOnly();
  const started = Date.now();
  const browser = await launch();
  const chromium = browser.version();
  await browser.close();

  log(`bench: ${tool}'s card beside baseline-status 1.2.0, ${loads} loads each, alternating`);
  const local = await sideBySide({ tool, loads, profile: 'localhost' });
  log(`  localhost: ${times(local)}`);
  const slow = await sideBySide({ tool, loads, profile: 'slow' });
  log(`  slow: ${times(slow)}`);

  // Layout shift on a phone-sized viewport too (fewer loads: it varies little between loads).
  const narrow = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, []]));
  {
    const servers = await startServers({ tool });
    const b = await launch();
    try {
      for (let i = 0; i < 5; i++)
        for (const name of Object.keys(TARGETS))
          narrow[name].push(
            (
              await loadOnce(b, servers.origin, TARGETS[name], PROFILES.localhost, {
                width: 360,
                height: 740,
              })
            ).cls,
          );
    } finally {
      await b.close();
      await servers.close();
    }
  }
  const narrowCls = Object.fromEntries(
    Object.entries(narrow).map(([name, list]) => [name, summary(list)]),
  );

  // Bytes: what the default card fetched, one record, the SDK bundle, baseline-status.
  const ourFiles = cardFiles(local.ours.files);
  const recordFile = ourFiles.find((f) => f.file.startsWith('cdn/tools/'));
  const sdk = await sdkBundle(tool);
  const theirFiles = baselineFiles(BASELINE_FEATURE);
  log('  bytes measured');

  const scale = await measureSizes();

  const seconds = Math.round((Date.now() - started) / 1000);
  const report = render({
    local,
    slow,
    narrowCls,
    ourFiles,
    recordFile,
    sdk,
    theirFiles,
    scale,
    chromium,
    seconds,
  });
  log(`\n${report}`);
  if (!values['no-write']) {
    const format = async (file, text) =>
      prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
    const benchFile = join(root, 'BENCHMARKS.md');
    writeFileSync(benchFile, await format(benchFile, report));
    // The README quotes the headline; it is rewritten from the same run, never typed by hand.
    const readmeFile = join(root, 'README.md');
    const readme = readFileSync(readmeFile, 'utf8');
    if (!HEADLINE_BLOCK.test(readme))
      throw new Error('README.md has no <!-- bench:headline --> block');
    const quoted = readme.replace(HEADLINE_BLOCK, `$1\n${headlineOf(report)}\n$2`);
    writeFileSync(readmeFile, await format(readmeFile, quoted));
    log('bench: wrote BENCHMARKS.md and the headline in README.md');
  }
}

/**
 * The two times, "card visible" and "live card", side by side for each page of each `[profile,
 * run]`, with the ratio of each to baseline-status's in the same run.
 */
function timeTable(runs) {
  const timeRows = (name, run) =>
    [
      ['ours', run.ours],
      ['ours, link only', run.oursLink],
      ['baseline-status', run.theirs],
    ].map(([page, r]) => [
      `${name}: ${page}`,
      spread(r.visible, ms),
      spread(r.rendered, ms),
      r === run.theirs ? '—' : ratio(r.visible.median, run.theirs.visible.median),
      r === run.theirs ? '—' : ratio(r.rendered.median, run.theirs.rendered.median),
    ]);
  return table(
    [
      '',
      'card visible, median (p25–p75)',
      'live card, median (p25–p75)',
      'card visible / baseline-status',
      'live card / baseline-status',
    ],
    runs.flatMap(([name, run]) => timeRows(name, run)),
  );
}

function render({
  local,
  slow,
  narrowCls,
  ourFiles,
  recordFile,
  sdk,
  theirFiles,
  scale,
  chromium,
  seconds,
}) {
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${osRelease()}, Node ${process.version}, Chromium ${chromium}`;
  const widgetVersion = require('@ai-training-verdict/widget/package.json').version;
  const bytesRows = (rows) =>
    rows.map((r) => [r.file, kB(r.size.raw), kB(r.size.gzip), kB(r.size.brotli)]);
  const ourTotal = total(ourFiles);
  const theirTotal = total(theirFiles);
  // Each origin a run requested, by role: the blog page's own (pages, scripts, our records) or the
  // second one baseline-status's API stands for.
  const origins = (r) =>
    r.origins
      .map((o) => (o === r.serverOrigin ? 'page' : o === r.apiOrigin ? 'API' : o))
      .join(' + ');
  const side = (name, run) => {
    const o = run.ours;
    const l = run.oursLink;
    const t = run.theirs;
    return [
      [
        `${name}: cumulative layout shift, median`,
        o.cls.median.toFixed(3),
        l.cls.median.toFixed(3),
        t.cls.median.toFixed(3),
        '—',
      ],
      [
        `${name}: requests, median`,
        String(o.requests.median),
        String(l.requests.median),
        String(t.requests.median),
        ratio(o.requests.median, t.requests.median),
      ],
      [`${name}: origins requested`, origins(o), origins(l), origins(t), '—'],
      [
        `${name}: bytes transferred, median (the page included)`,
        kB(o.bytes.median),
        kB(l.bytes.median),
        kB(t.bytes.median),
        ratio(o.bytes.median, t.bytes.median),
      ],
    ];
  };
  const headline = {
    bytes: ratio(ourTotal.gzip, theirTotal.gzip),
    localVisible: ratio(local.ours.visible.median, local.theirs.visible.median),
    local: ratio(local.ours.rendered.median, local.theirs.rendered.median),
    slowVisible: ratio(slow.ours.visible.median, slow.theirs.visible.median),
    slow: ratio(slow.ours.rendered.median, slow.theirs.rendered.median),
  };
  const fig = (key, f) => scale.map((s) => f(s[key]));
  const grow = (key, pick) => {
    const g = growth(scale.map((s) => [s.tools, pick(s[key])]));
    // Rounded, a slope of -0.001 reads "-0.00": say 0.00.
    const slope = (Math.abs(g.exponent) < 0.005 ? 0 : g.exponent).toFixed(2);
    return { label: Number.isNaN(g.exponent) ? g.label : `${g.label} (${slope})` };
  };
  const scaleRows = [
    ['validate', ...scale.map((s) => ms(s.validateMs)), grow('validateMs', (v) => v).label],
    [
      'build (data package script)',
      ...scale.map((s) => ms(s.buildMs)),
      grow('buildMs', (v) => v).label,
    ],
    ...[
      ['data.json (gzip)', 'dataJson'],
      ['catalog.json (gzip)', 'catalogJson'],
      ['CDN entry (gzip)', 'cdnEntry'],
      ['CDN catalog chunk, only for an unknown id (gzip)', 'cdnCatalogChunk'],
      ['one card: entry + its record (gzip)', 'oneCard'],
    ].map(([label, key]) => [
      label,
      ...fig(key, (v) => kB(v.gzip)),
      grow(key, (v) => v.gzip).label,
    ]),
  ];
  const faster = scaleRows.filter((r) => r.at(-1).startsWith('FASTER')).map((r) => r[0]);

  return `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${seconds} s), on ${machine}.
Rerun it to check or update these figures; timings vary by machine, so compare the ratios, which are
measured against baseline-status in the same run. CI checks bytes and counts only (the widget's
budget test), never times.

**Headline:** the card downloads ${headline.bytes} the bytes of baseline-status 1.2.0 (gzip, code
and data); its words are on screen in ${headline.localVisible} its time on localhost and
${headline.slowVisible} under the slow profile, and the live card renders in ${headline.local} its
time on localhost and ${headline.slow} under the slow profile (medians of ${local.loads} loads
each); its layout shift is
${local.ours.cls.median.toFixed(3)} against ${local.theirs.cls.median.toFixed(3)} at 1280 px and
${narrowCls.ours.median.toFixed(3)} against ${narrowCls.theirs.median.toFixed(3)} at 360 px.

## Side by side with baseline-status 1.2.0

The same blog-post template for every page; loads alternate between the pages, each in a fresh
browser context (cold cache), in A B C C B A order so that none always goes first or last, after one
warm-up load of each. Ours: the embed generator's card snippet, the script, a \`modulepreload\` of
the tool's record chunk and one of the chunk that compares a pre-rendered card with the live one,
and \`<ai-training-verdict tool="${tool}">\` holding the card pre-rendered
(a declarative shadow root, \`static/prerendered/${tool}.html\`) in front of its fallback link, from
the CDN build of @ai-training-verdict/widget ${widgetVersion}, its record chunk served from the
same origin. "Link only" is the same snippet with just the fallback link, as the generator gives
it with a tier or chosen sections. baseline-status: its published bundle, its API (a stub answer
for one feature) served from a second local origin, as api.webstatus.dev is a second origin in real
use. Every data answer gets the same added latency (${local.latencyMs} ms).

Two times, from navigation. "Card visible" is the first paint that shows the card's words, whoever
drew them: the frame in which the element's shadow root first holds them (ours: the answer's text,
which the pre-rendered card has from the page's HTML; theirs: the feature's name), timed once that
frame's rendering is done. "Live card" is the first moment the card drawn from the loaded data is
there: ours, the element's \`ai-training-verdict-load\` event, fired as that render commits (the
pre-rendered card does not count); theirs, a MutationObserver seeing the feature's name in its
shadow root. The page tells the harness it has both times through the console, so that no
script of the harness runs in the page while it loads. Layout shift is the sum of \`layout-shift\` entries until 300 ms
after (1 s on the slow profile), all in one session window, as short loads are.
Viewport 1280 × 800 unless noted. The slow profile is Chromium's network emulation: 150 ms added
to every request, 1.6 Mbit/s down, 750 kbit/s up. It adds the round trip to each request but
does not model the extra connection setup of a second origin, so it understates what
baseline-status's API origin costs on a real network.

${timeTable([
  ['localhost', local],
  ['slow', slow],
])}

${table(
  ['', 'ours', 'ours, link only', 'baseline-status', 'ours / theirs'],
  [
    ...side('localhost', local),
    ...side('slow', slow),
    [
      '360 × 740: cumulative layout shift, median of 5',
      narrowCls.ours.median.toFixed(3),
      narrowCls.oursLink.median.toFixed(3),
      narrowCls.theirs.median.toFixed(3),
      '—',
    ],
  ],
)}

## Bytes

What a default card fetches from the CDN (the files the localhost run requested), one record
chunk, a developer's bundle that imports \`getTool\` and loads one tool, and baseline-status.

${table(
  ['file', 'raw', 'gzip -9', 'brotli 11'],
  [
    ...bytesRows(ourFiles),
    ['**our card, total**', kB(ourTotal.raw), kB(ourTotal.gzip), kB(ourTotal.brotli)],
    ...bytesRows(sdk.map((r) => ({ ...r, file: `SDK bundle: ${r.file}` }))),
    ['**SDK bundle, total**', kB(total(sdk).raw), kB(total(sdk).gzip), kB(total(sdk).brotli)],
    ...bytesRows(theirFiles),
    ['**baseline-status, total**', kB(theirTotal.raw), kB(theirTotal.gzip), kB(theirTotal.brotli)],
  ],
)}

The record chunk measured is ${recordFile ? `\`${recordFile.file}\`` : 'not loaded'}. Every other record chunk
is in \`packages/widget/cdn/tools/\`; the widget's budget test checks the largest.

## As the dataset grows

Synthetic datasets made from the real records (each real record in turn, under a new id and name,
so the mix of tiers, sources and quotes is the real one), valid under the real schema. "Growth" is
the log-log slope between the two largest sizes, where fixed costs no longer hide the growth:
flat (under 0.15), sublinear, linear (0.85–1.05), or faster than linear (n log n from 1,000 to
10,000 is 1.13). The timings are single runs, so a slope near the band's edge is worth a rerun. Sizes are gzip's: brotli's large window finds the records
repeated by the cycling, so its figures for a large synthetic data.json would flatter it. Build
is the data package's build script (per-tool files, catalog.json, data.json), not tsup.

${table(['', ...scale.map((s) => `${s.tools.toLocaleString('en')} tools`), 'growth'], scaleRows)}

${faster.length ? `**Faster than linear:** ${faster.join(', ')}.` : 'Nothing grows faster than linear.'} What a reader downloads for one card stays
flat: the entry holds no list of tools, and a card loads only its own record (the catalog chunk,
which does grow, loads only to suggest ids for an unknown \`tool\`).
`;
}

(values['only-sizes'] ? onlySizes() : main()).catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
