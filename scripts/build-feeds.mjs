#!/usr/bin/env node
// `turbo run feeds` (root task, after the SDK is built): writes the Atom feeds of the records'
// change histories into the data package, which publishes them:
//
//   packages/data/feed.xml          every tool's policy changes and record corrections
//   packages/data/feeds/<id>.xml    one tool's, with its re-verifications
//
// The feeds are built from the data package's own data.json, with the SDK's English words; this
// script only joins the two (the data package cannot import the SDK, which depends on it).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What this script prints goes through the data package's terminal escaper (record text shows its
// control characters as escapes), and a reader that stops reading (`| head -1`) ends it quietly.
const { endQuietlyOnClosedPipe, writeErr, writeOut } = await import(
  new URL('../packages/data/dist/output.js', import.meta.url).href
).catch(() => {
  process.stderr.write('feeds: build the packages first (npm run build)\n');
  process.exit(1);
});
endQuietlyOnClosedPipe();

const dataDir = fileURLToPath(new URL('../packages/data/', import.meta.url));

try {
  const { atomFeeds } = await import(
    new URL('../packages/data/dist/node.js', import.meta.url).href
  );
  const { labels } = await import(new URL('../packages/sdk/dist/index.js', import.meta.url).href);
  const dataset = JSON.parse(readFileSync(join(dataDir, 'dist', 'data.json'), 'utf8'));
  const feeds = atomFeeds(Object.values(dataset.tools), { labels: labels.en });
  rmSync(join(dataDir, 'feeds'), { recursive: true, force: true });
  rmSync(join(dataDir, 'feed.xml'), { force: true });
  for (const [path, xml] of feeds) {
    const file = join(dataDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${xml}\n`);
  }
  writeOut(
    `feeds: wrote packages/data/feed.xml and ${feeds.size - 1} per-tool feed(s) in packages/data/feeds/\n`,
  );
} catch (error) {
  writeErr(`feeds: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
