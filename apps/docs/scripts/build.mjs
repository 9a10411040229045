// Builds the docs site into dist/: the static Storybook (overview, guides, embed generator, a story
// for every tool, state, theme, locale and variant), plus, through Storybook's static directories,
// the widget's CDN build under /cdn/, its no-JS embeds under /static/ and the plain page /plain/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const started = Date.now();

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: docsDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      // Storybook's build asks no questions and opens no browser.
      CI: 'true',
    },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [join(docsDir, 'scripts', 'prepare.mjs')]);
run(join(docsDir, 'node_modules', '.bin', 'storybook'), [
  'build',
  '--output-dir',
  'dist',
  '--quiet',
  '--disable-telemetry',
  '--loglevel',
  'warn',
]);

const expected = [
  'index.html',
  'iframe.html',
  'index.json',
  'plain/index.html',
  'cdn/ai-training-verdict.js',
  'static/badges',
  'static/cards',
  'static/embed',
];
const missing = expected.filter((file) => !existsSync(join(docsDir, 'dist', file)));
if (missing.length) {
  process.stderr.write(`docs: the build is missing ${missing.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`docs: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
