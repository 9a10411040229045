#!/usr/bin/env node
// Builds cdn/: the one-script-tag embed for blogs (issue #4).
//
//   cdn/ai-training-verdict.js   the entry, one file with Lit: registers <ai-training-verdict> and
//                                <ai-training-table> (Rollup: scripts/lib/cdn.mjs)
//   cdn/ai-training-table.js     an alias of the entry, for snippets from before it had both
//   cdn/<name>-<hash>.js         chunks loaded only when needed, importing Lit from the entry: the
//                                table, other locales, optional sections, the compact badge, the
//                                catalog (unknown ids), `src` releases and the SDK client with zod
//   cdn/tools/<id>.js            one record each, copied from @ai-training-verdict/data's dist/tools
//   cdn/integrity.json           each entry's SHA-384 for the `integrity` attribute (the docs site
//                                shows it in the embed snippet)
//
// It also prints the entry's hash and the gzip size of every file; the budget itself is checked by
// test/budget.test.mjs on every `pnpm test`. `node scripts/build-cdn.mjs --analyze` also prints
// what each file is made of (the first thing to look at when the budget test fails).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildCdn,
  CDN_ALIASES,
  CDN_ENTRIES,
  dataPackageDir,
  packageDir,
  sriHash,
} from './lib/cdn.mjs';

const cdnDir = join(packageDir, 'cdn');
rmSync(cdnDir, { recursive: true, force: true });

const files = await buildCdn({ outdir: cdnDir });
if (process.argv.includes('--analyze')) {
  for (const { path, modules } of files) {
    process.stdout.write(`${relative(packageDir, path)} (bytes of each module before terser):\n`);
    for (const [id, bytes] of Object.entries(modules).sort(([, a], [, b]) => b - a)) {
      if (bytes > 0)
        process.stdout.write(
          `  ${String(bytes).padStart(7)}  ${relative(packageDir, id.replace(/^\0/, ''))}\n`,
        );
    }
  }
}

// The records: the data package's per-tool ES modules, unchanged (each `export default` one record
// or one redirect), so the bytes a reader downloads are the data release's own.
const toolsSource = join(dataPackageDir(), 'dist', 'tools');
const toolsTarget = join(cdnDir, 'tools');
mkdirSync(toolsTarget, { recursive: true });
const toolFiles = readdirSync(toolsSource).filter((name) => /^[a-z0-9-]+\.js$/.test(name));
if (toolFiles.length === 0) {
  throw new Error(`No record modules in ${toolsSource}: build @ai-training-verdict/data first`);
}
for (const name of toolFiles) copyFileSync(join(toolsSource, name), join(toolsTarget, name));

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const integrity = {};
for (const name of [...Object.keys(CDN_ENTRIES), ...Object.keys(CDN_ALIASES)]) {
  integrity[`${name}.js`] = sriHash(readFileSync(join(cdnDir, `${name}.js`)));
}
writeFileSync(
  join(cdnDir, 'integrity.json'),
  `${JSON.stringify({ package: '@ai-training-verdict/widget', version, integrity }, null, 2)}\n`,
);

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.js')) rows.push([relative(packageDir, file), gzipSize(file)]);
  }
};
walk(cdnDir);
const width = Math.max(...rows.map(([name]) => name.length));
process.stdout.write(
  `CDN build (gzip -9 bytes):\n${rows.map(([name, size]) => `  ${name.padEnd(width)}  ${size}`).join('\n')}\n`,
);
for (const [file, hash] of Object.entries(integrity)) {
  process.stdout.write(`integrity of cdn/${file} (${version}): ${hash}\n`);
}
