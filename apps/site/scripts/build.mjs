#!/usr/bin/env node
// Builds the site into dist/ from the data package's release (its dist/data.json), for the
// address SITE_URL names (default: the project's GitHub Pages, see src/build.mjs).
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/build.mjs';

const started = Date.now();
const release = fileURLToPath(import.meta.resolve('@ai-training-verdict/data/data.json'));
const outDir = fileURLToPath(new URL('../dist/', import.meta.url));
try {
  const written = await buildSite({ release, outDir, siteUrl: process.env.SITE_URL });
  process.stdout.write(
    `site: wrote ${written.length} files to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
} catch (error) {
  process.stderr.write(`site: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
