#!/usr/bin/env node
// The README's table of sections and its list of the optional sections' parts, written from the
// card's one list of sections (`SECTION_DOCS` in src/internal/card.ts, built: run `pnpm build`
// first). `pnpm sections:write` rewrites both, then the manifest (`cem analyze`), which reads the
// same list; test/sections.test.mjs fails when the README drifts from it.
//
// Each place is a marked block (../../../scripts/marked-blocks.mjs), `<!-- sections:KIND -->` …
// `<!-- /sections:KIND -->`, as the data package marks its lists of tier verdicts:
//
//   table   the table of tokens and what each shows, with `all` last
//   parts   the optional sections' part names, in the card's order
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rewriteDocuments, writeMarkedBlocks } from '../../../scripts/marked-blocks.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const README_FILE = join(packageDir, 'README.md');

/** A Markdown table laid out as prettier lays it out (every cell padded to its column's width). */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** What each kind of place holds, from `SECTION_DOCS`. */
const KINDS = {
  table: (docs) =>
    `\n\n${table([
      ['Token', 'Shows'],
      ...Object.entries(docs).map(([token, { shows }]) => [`\`${token}\``, shows]),
      ['`all`', 'every section above'],
    ])}\n\n`,
  parts: (docs) =>
    Object.entries(docs)
      .filter(([, { part }]) => part)
      .map(([token]) => `\`${token}\``)
      .join(', '),
};

/**
 * `text` with every marked place written from `docs`; `file` names it in errors. A marker without
 * its closing one, or of a kind this script does not write, is an error naming the line.
 */
export const writeSectionPlaces = (text, docs, file) =>
  writeMarkedBlocks(
    text,
    'sections',
    (kind) => (Object.hasOwn(KINDS, kind) ? KINDS[kind](docs) : undefined),
    file,
  );

/** The card's `SECTION_DOCS`, from the build. */
export async function sectionDocs() {
  const card = pathToFileURL(join(packageDir, 'dist', 'internal', 'card.js')).href;
  return (await import(card)).SECTION_DOCS;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await rewriteDocuments(packageDir, ['README.md'], async (text, doc) =>
    writeSectionPlaces(text, await sectionDocs(), doc),
  );
}
