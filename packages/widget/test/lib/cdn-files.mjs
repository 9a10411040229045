// Reading the CDN build the way a browser would: which files the entry loads up front (its static
// imports, transitively) and which only on demand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const cdnDir = join(packageDir, 'cdn');
/** The card's entry, the one a blogger's snippet loads. */
export const ENTRY = 'ai-training-verdict.js';
/** Every script a snippet may load: the entry, and the table's old entry (which imports it). */
export const ENTRIES = [ENTRY, 'ai-training-table.js'];

/** The directory of the `@ai-training-verdict/data` package the widget depends on. */
export const dataPackageDir = () =>
  dirname(
    createRequire(join(packageDir, 'package.json')).resolve(
      '@ai-training-verdict/data/package.json',
    ),
  );

/** gzip -9 size in bytes, as "min+gzip" is usually measured. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Fails with a clear message when the package has not been built. */
export function requireBuild() {
  if (!existsSync(join(cdnDir, ENTRY))) {
    throw new Error(`${join(cdnDir, ENTRY)} is missing: run \`pnpm build\` first`);
  }
}

/** `./x.js` specifiers a module imports statically (import … from, import "…", export … from). */
export function staticImports(code) {
  const specifiers = new Set();
  const pattern = /\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["'](\.\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

/**
 * `./x.js` specifiers a module imports on demand: a literal `import("…")`, or in the entry, whose
 * imports go through one loader function (src/internal/csp.cdn.ts, minified to a short name), a
 * call of it with one such literal.
 */
export function dynamicImports(code) {
  return [
    ...new Set(
      [...code.matchAll(/(?:\bimport|[\w$]+)\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g)].map((m) => m[1]),
    ),
  ];
}

/**
 * The files a browser downloads to run `entry` before any dynamic import: the entry and its static
 * imports, transitively. `read(name)` returns a file's text by its name in the CDN directory.
 */
export function upFrontFiles(entry, read) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const specifier of staticImports(read(name))) visit(specifier.replace(/^\.\//, ''));
  };
  visit(entry);
  return [...seen];
}

/** Reads a file of the built cdn/ directory. */
export const readCdn = (name) => readFileSync(join(cdnDir, name), 'utf8');

/** Every .js file directly in cdn/ (entry and chunks), not the records in cdn/tools/. */
export const cdnModules = () => readdirSync(cdnDir).filter((name) => name.endsWith('.js'));

/** The built dataset (`@ai-training-verdict/data/data.json`). */
export function dataset() {
  return JSON.parse(readFileSync(join(dataPackageDir(), 'dist', 'data.json'), 'utf8'));
}

/** Every string in a value, recursively. */
export function stringsIn(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, out));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}
