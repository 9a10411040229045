// Generates custom-elements.json with @custom-elements-manifest/analyzer from the elements' source
// and JSDoc (@summary, @event, @slot, @csspart, @cssproperty, Lit's static properties). Editors,
// Storybook and the docs read it; it is committed, shipped, never edited by hand, and
// test/manifest.test.mjs fails when it no longer matches a fresh generation.
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';
import * as prettier from 'prettier';

const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

export const MANIFEST_FILE = join(packageDir, 'custom-elements.json');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/**
 * The modules the manifest describes: each element's class, the module that registers it, and any
 * base class they share (whose attributes, such as `src` and `theme`, they inherit). Internal
 * helpers, tests and stories stay out, so the manifest lists only the elements' API.
 */
function sourceFiles() {
  const files = [];
  const srcDir = join(packageDir, 'src');
  for (const entry of ts.sys.readDirectory(srcDir, ['.ts'], undefined, undefined)) {
    const file = relative(packageDir, entry).split('\\').join('/');
    if (/\.(test|stories|cdn|test-helpers)\.ts$|\.d\.ts$/.test(file)) continue;
    // src/<tag>/<tag>.ts (registers) and src/<tag>/<tag>.component.ts (the class)
    const element = /^src\/([a-z0-9-]+)\/\1(\.component)?\.ts$/.test(file);
    const baseClass =
      file.startsWith('src/internal/') &&
      /\bclass\s+\w+\s+extends\s+LitElement\b/.test(readFileSync(entry, 'utf8'));
    if (element || baseClass) files.push(file);
  }
  return files.sort();
}

/**
 * Our elements register through `defineElement(tag, Class)` (src/internal/define.ts, which guards
 * against a second copy) instead of calling `customElements.define` directly, so the analyzer's
 * own detection does not see them; this records the same definition it would.
 */
function defineElementPlugin() {
  return {
    name: 'atv-define-element',
    analyzePhase({ ts: tsApi, node, moduleDoc, context }) {
      if (
        node.kind !== tsApi.SyntaxKind.CallExpression ||
        node.expression.kind !== tsApi.SyntaxKind.Identifier ||
        node.expression.text !== 'defineElement'
      ) {
        return;
      }
      const [tag, klass] = node.arguments;
      if (tag?.kind !== tsApi.SyntaxKind.StringLiteral) return;
      if (klass?.kind !== tsApi.SyntaxKind.Identifier) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: {
            name: klass.text,
            ...resolveModuleOrPackageSpecifier(moduleDoc, context, klass.text),
          },
        },
      ];
    },
  };
}

/**
 * Paths in the manifest name the files the package ships (dist/…/*.js), not the TypeScript
 * sources, which are not published; relative references are resolved against their module.
 */
function distPathsPlugin() {
  const toDist = (path, from) => {
    let resolved = path;
    if (/^\.\.?\//.test(path)) {
      resolved = posix.join(posix.dirname(from), path);
    }
    return resolved.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  };
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value[key] = toDist(child, from);
      else visit(child, from);
    }
  };
  return {
    name: 'atv-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path.replace(/^\//, '');
        visit(module.declarations, from);
        visit(module.exports, from);
        module.path = toDist(from, from);
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: private and internal members (`_state`, `#field`) and the
 * attributes the analyzer derives from them (Lit's `state: true` properties have none; `lang`,
 * observed through `_lang`, stays as an attribute), events the analyzer
 * found in code without an `@event` tag (such as `new CustomEvent(type)` in a helper, named after
 * the variable), and `export type` re-exports, which are not JavaScript exports.
 */
function publicApiPlugin() {
  const typeOnly = new Map();
  return {
    name: 'atv-public-api',
    analyzePhase({ ts: tsApi, node, moduleDoc }) {
      if (node.kind !== tsApi.SyntaxKind.ExportDeclaration || !node.exportClause?.elements) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      for (const element of node.exportClause.elements) {
        if (node.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
      }
      typeOnly.set(moduleDoc.path, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = typeOnly.get(moduleDoc.path);
      if (names) moduleDoc.exports = moduleDoc.exports?.filter((e) => !names.has(e.name));
    },
    // After the analyzer has copied inherited members and attributes into each subclass.
    packageLinkPhase({ customElementsManifest }) {
      const internal = (name) => /^[_#]/.test(name ?? '');
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = declaration.members?.filter(
            (m) => m.privacy !== 'private' && !internal(m.name),
          );
          // An attribute backed by an internal field (`lang`, observed through `_lang`) is public
          // API all the same: it stays, without the field.
          declaration.attributes = declaration.attributes?.flatMap((a) => {
            if (internal(a.name)) return [];
            if (!internal(a.fieldName)) return [a];
            const { fieldName: _field, ...attribute } = a;
            return [attribute];
          });
          // `static version = VERSION` (a generated constant): the manifest says its value.
          for (const member of declaration.members ?? []) {
            if (member.name === 'version' && member.static && member.default === 'VERSION') {
              member.default = JSON.stringify(version);
            }
          }
          declaration.events = declaration.events?.filter((e) => e.description);
        }
      }
    },
  };
}

/** The manifest as it should be committed: generated, then formatted like every JSON file here. */
export async function generateManifest() {
  const modules = sourceFiles().map((file) =>
    ts.createSourceFile(
      file,
      readFileSync(join(packageDir, file), 'utf8'),
      ts.ScriptTarget.ES2015,
      true,
    ),
  );
  const manifest = create({
    modules,
    plugins: [...litPlugin(), defineElementPlugin(), publicApiPlugin(), distPathsPlugin()],
    context: { dev: false },
  });
  const options = (await prettier.resolveConfig(MANIFEST_FILE)) ?? {};
  return prettier.format(JSON.stringify(manifest), { ...options, filepath: MANIFEST_FILE });
}
