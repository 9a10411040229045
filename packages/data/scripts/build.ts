// Validates every record, then writes what the package publishes besides the tsup bundles:
//   dist/tools/<id>.{json,js,cjs,d.ts,d.cts}  one record each, importable without the rest,
//                                             serialised by the thread that validated it
//                                             (publish-records.ts)
//   dist/catalog.json, dist/data.json         the compact index and the whole dataset
//   src/generated/*.ts                        the records as modules for the tsup entries
// A record with an error stops the build: a release must never ship data that failed validation.
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset } from '../src/checks.js';
import { toCatalogEntry } from '../src/derive.js';
import { formatProblem } from '../src/node/problems.js';
import { endQuietlyOnClosedPipe, jsLiteral, writeErr, writeOut } from '../src/output.js';
import { compactDictText, prettyDictPieces } from '../src/node/json-text.js';
import { BANNER, validateAndWriteRecords, type RecordTexts } from '../src/node/publish-records.js';
import { readRecordInputs } from '../src/node/validate.js';
import type { CatalogEntry, RedirectRecord, ToolRecord } from '../src/schema.js';

endQuietlyOnClosedPipe();
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
// The benchmark (apps/bench) times this build on synthetic datasets of up to 10,000 tools, read
// from ATV_RECORDS_DIR and written under ATV_BUILD_OUT; the package's own build sets neither.
const recordsDir = process.env.ATV_RECORDS_DIR ?? `${pkgDir}records`;
const out = process.env.ATV_BUILD_OUT;
const dist = out ? join(out, 'dist') : `${pkgDir}dist`;
const generated = out ? join(out, 'generated') : `${pkgDir}src/generated`;
const { version } = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8')) as {
  version: string;
};

const { inputs, unreadable } = readRecordInputs([recordsDir]);
// The records' own files (dist/tools/<id>.*) are written beside dist, into a folder that becomes
// dist/tools once everything has passed, and is removed however the build ends before that.
const staged = join(dirname(dist), `.dist-tools-${process.pid}`);
rmSync(staged, { recursive: true, force: true });
mkdirSync(staged, { recursive: true });
process.on('exit', () => rmSync(staged, { recursive: true, force: true }));
// Each file's own checks shared among worker threads, one per CPU, once there are enough files;
// the thread that checks a record also serialises it, and its files are written into `staged`
// (validateAndWriteRecords).
const result = await validateAndWriteRecords(
  inputs.map((input) => ({ ...input, file: relative(pkgDir, input.file) })),
  // Staleness is the maintainers' signal (pnpm validate), not a reason to refuse to build.
  { staleness: false },
  staged,
);
const errors = [...unreadable, ...result.problems].filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const problem of errors) writeErr(`${formatProblem(problem)}\n`);
  writeErr(`\nBuild stopped: ${errors.length} error(s) in the records.\n`);
  process.exit(1);
}

const tools: ToolRecord[] = result.tools;
const redirects: RedirectRecord[] = result.redirects;

// The last gate: what is about to be published passes the same dataset check the SDK applies to a
// release it loads from a URL (validate has applied its parts file by file; this sees the whole).
const datasetFindings = checkDataset({
  tools: Object.fromEntries(tools.map((t) => [t.id, t])),
  redirects: Object.fromEntries(redirects.map((r) => [r.id, r])),
}).filter((f) => f.severity === 'error');
if (datasetFindings.length > 0) {
  for (const f of datasetFindings) writeErr(`data.json ${f.path.join('.')}: ${f.message}\n`);
  writeErr(`\nBuild stopped: the built dataset fails its own check.\n`);
  process.exit(1);
}
const catalog: CatalogEntry[] = tools.map(toCatalogEntry);
const catalogLiteral = jsLiteral(catalog);
const redirectMap = Object.fromEntries(redirects.map((r) => [r.id, r]));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
renameSync(staged, `${dist}/tools`);
mkdirSync(generated, { recursive: true });

// Record text in a module: JSON, with `<`, `>`, `&`, U+2028 and U+2029 escaped in strings (`jsLiteral`),
// so every engine and tool reads it and no `</script` appears if a page inlines the module.
const json = jsLiteral;

// Each record was serialised once, both ways, by the thread that validated it; the whole
// dataset's files (data.json, the generated records module) are put together from these texts.
/** `[id, text]` for each record of `records`: its pretty JSON or its literal. */
const textsOf = (records: ReadonlyArray<{ id: string }>, text: keyof RecordTexts) =>
  records.map((r) => [r.id, result.texts.get(r.id)![text]] as const);

writeFileSync(
  `${dist}/catalog.json`,
  `${JSON.stringify({ version, tools: catalog, redirects: Object.fromEntries(redirects.map((r) => [r.id, r.redirectTo])) }, null, 2)}\n`,
);
// JSON.stringify({ version, tools: { id: tool }, redirects: { id: redirect } }, null, 2), written a
// piece at a time: joined, the text of 10,000 tools and its bytes were two more copies of them all.
const dataJson = openSync(`${dist}/data.json`, 'w');
const put = (text: string) => writeFileSync(dataJson, text); // all of it, where the last ended
put(`{\n  "version": ${JSON.stringify(version)},\n  "tools": `);
for (const piece of prettyDictPieces(textsOf(tools, 'pretty'), 1)) put(piece);
put(',\n  "redirects": ');
for (const piece of prettyDictPieces(textsOf(redirects, 'pretty'), 1)) put(piece);
put('\n}\n');
closeSync(dataJson);

// dist/loaders: one dynamic import per record, so a bundler splits each tool into its own chunk
// and a page that shows one tool downloads one record, however many the dataset holds. The catalog
// loads the same way (from its own module: a bundler keeps a module imported both statically and
// dynamically in the static graph, so catalog.js, which pages import statically, cannot be it).
const LOAD_CATALOG_DOC =
  '/** Loads the catalog (id, name, vendor, aliases and verdict of every tool), for "did you mean". */\n';
const VERSION_DOC = '/** Version of the data package these records were built into. */\n';
writeFileSync(`${dist}/catalog-entries.js`, `${BANNER}export const catalog = ${catalogLiteral};\n`);
writeFileSync(
  `${dist}/catalog-entries.cjs`,
  `${BANNER}'use strict';\nexports.catalog = ${catalogLiteral};\n`,
);
const allIds = [...tools, ...redirects].map((r) => r.id);
writeFileSync(
  `${dist}/loaders.js`,
  `${BANNER}/** Loads one record (or redirect) by id; each import becomes its own chunk in a bundle. */\nexport const loaders = {\n${allIds.map((id) => `  ${json(id)}: () => import('./tools/${id}.js').then((m) => m.default),`).join('\n')}\n};\n${LOAD_CATALOG_DOC}export const loadCatalog = () => import('./catalog-entries.js').then((m) => m.catalog);\n${VERSION_DOC}export const dataVersion = ${json(version)};\n`,
);
writeFileSync(
  `${dist}/loaders.cjs`,
  `${BANNER}'use strict';\nexports.loaders = {\n${allIds.map((id) => `  ${json(id)}: () => Promise.resolve().then(() => require('./tools/${id}.cjs')),`).join('\n')}\n};\n${LOAD_CATALOG_DOC}exports.loadCatalog = () => Promise.resolve().then(() => require('./catalog-entries.cjs').catalog);\n${VERSION_DOC}exports.dataVersion = ${json(version)};\n`,
);
for (const [ext, from] of [
  ['d.ts', '../schema.js'],
  ['d.cts', '../schema.cjs'],
] as const) {
  writeFileSync(
    `${dist}/loaders.${ext}`,
    `import type { CatalogEntry, RedirectRecord, ToolRecord } from '${from.replace('../', './')}';\n/** Loads one record (or redirect) by id. Only ids of this release are keys. */\nexport declare const loaders: Readonly<Record<string, () => Promise<ToolRecord | RedirectRecord>>>;\n${LOAD_CATALOG_DOC}export declare const loadCatalog: () => Promise<readonly CatalogEntry[]>;\n${VERSION_DOC}export declare const dataVersion: string;\n`,
  );
}

const ids = tools.map((t) => t.id);
writeFileSync(
  `${generated}/catalog.ts`,
  `${BANNER}import type { CatalogEntry, RedirectRecord } from '../schema.js';

/** Version of the data package these records were built into. */
export const dataVersion = ${json(version)};

/** Ids of every tool record in this release. */
export const toolIds = ${json(ids)} as const;

/** The id of a tool record in this release. */
export type ToolId = (typeof toolIds)[number];

/** One entry per tool: id, name, vendor, headline verdict and last verification. */
export const catalog: readonly CatalogEntry[] = ${catalogLiteral};

/** Renamed or merged ids, each pointing at the record that replaced it. */
export const redirects: Readonly<Record<string, RedirectRecord>> = ${json(redirectMap)};
`,
);
writeFileSync(
  `${generated}/records.ts`,
  `${BANNER}import type { ToolRecord } from '../schema.js';
import type { ToolId } from './catalog.js';

export { catalog, dataVersion, redirects, toolIds, type ToolId } from './catalog.js';

/** Every tool record in this release, by id. */
export const records: Readonly<Record<ToolId, ToolRecord>> = ${compactDictText(textsOf(tools, 'literal'), json)};
`,
);

writeOut(
  `data ${version}: ${tools.length} tool(s), ${redirects.length} redirect(s)` +
    `${result.warningCount ? `, ${result.warningCount} warning(s) (run pnpm validate)` : ''}\n`,
);
