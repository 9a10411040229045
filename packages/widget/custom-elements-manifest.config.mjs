// custom-elements.json, written by @custom-elements-manifest/analyzer's own CLI (`pnpm manifest`:
// `cem analyze`) from the elements' source and JSDoc (@summary, @event, @slot, @csspart,
// @cssproperty, Lit's static properties). Editors, Storybook and the docs read it; it is committed,
// shipped, never edited by hand, and test/manifest.test.mjs fails when it no longer matches a fresh
// generation. The three plugins below say what the analyzer cannot know of this package.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

/**
 * Our elements register through `defineElement(tag, Class)` (src/internal/define.ts, which guards
 * against a second copy) instead of calling `customElements.define` directly, so the analyzer's
 * own detection does not see them; this records the same definition it would.
 */
const defineElement = {
  name: 'atv-define-element',
  analyzePhase({ ts, node, moduleDoc, context }) {
    if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.text !== 'defineElement')
      return;
    const [tag, klass] = node.arguments;
    if (tag?.kind !== ts.SyntaxKind.StringLiteral || klass?.kind !== ts.SyntaxKind.Identifier)
      return;
    const declaration = {
      name: klass.text,
      ...resolveModuleOrPackageSpecifier(moduleDoc, context, klass.text),
    };
    moduleDoc.exports = [
      ...(moduleDoc.exports ?? []),
      { kind: 'custom-element-definition', name: tag.text, declaration },
    ];
  },
};

/**
 * Keeps the manifest to the public API: private and internal members (`_state`, `#field`) and the
 * attributes the analyzer derives from them, events the analyzer found in code without an
 * `@event` tag (such as `new CustomEvent(type)` in a helper, named after the variable), and
 * `export type` re-exports, which are not JavaScript exports.
 */
const typeOnly = new Map();
const publicApi = {
  name: 'atv-public-api',
  analyzePhase({ ts, node, moduleDoc }) {
    if (node.kind !== ts.SyntaxKind.ExportDeclaration || !node.exportClause?.elements) return;
    const names = typeOnly.get(moduleDoc.path) ?? new Set();
    for (const element of node.exportClause.elements)
      if (node.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
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
        declaration.attributes = declaration.attributes
          ?.filter((a) => !internal(a.name))
          .map((a) => (internal(a.fieldName) ? { ...a, fieldName: undefined } : a));
        // `static version = VERSION` (a generated constant): the manifest says its value.
        for (const member of declaration.members ?? [])
          if (member.name === 'version' && member.static && member.default === 'VERSION')
            member.default = JSON.stringify(version);
        declaration.events = declaration.events?.filter((e) => e.description);
      }
    }
  },
};

/**
 * Paths in the manifest name the files the package ships (dist/…/*.js), not the TypeScript
 * sources, which are not published; relative references are resolved against their module.
 */
const toDist = (path, from) =>
  (/^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path).replace(
    /^\/?src\/(.*)\.(ts|js)$/,
    'dist/$1.js',
  );
const visit = (value, from) => {
  if (Array.isArray(value)) return value.forEach((item) => visit(item, from));
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'module' && typeof child === 'string') value[key] = toDist(child, from);
    else visit(child, from);
  }
};
const distPaths = {
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

/**
 * The card's sections, from the one list of them (`SECTION_DOCS`, src/internal/card.ts, built:
 * `pnpm build` first): each optional section's `::part()`, and the tokens in the description of
 * `sections`, where its JSDoc says "the tokens of `SECTION_TOKENS`".
 */
const { SECTION_DOCS } = await import('./dist/internal/card.js');
const TOKENS_PLACEHOLDER = 'the tokens of `SECTION_TOKENS`';
const sectionDocs = {
  name: 'atv-section-docs',
  packageLinkPhase({ customElementsManifest }) {
    const entries = Object.entries(SECTION_DOCS);
    const tokens = entries
      .map(([token, { hint }]) => (hint ? `\`${token}\` (${hint})` : `\`${token}\``))
      .join(', ');
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName !== 'ai-training-verdict') continue;
        declaration.cssParts = [
          ...(declaration.cssParts ?? []),
          ...entries.filter(([, d]) => d.part).map(([name, d]) => ({ description: d.part, name })),
        ];
        for (const field of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
          if (field.name === 'sections')
            field.description = field.description?.replace(TOKENS_PLACEHOLDER, tokens);
      }
    }
  },
};

export default {
  // Each element's class (src/<tag>/<tag>.component.ts), the module that registers it
  // (src/<tag>/<tag>.ts), and the base class whose attributes (`src`, `theme`) they inherit.
  // Helpers, tests and stories stay out, so the manifest lists only the elements' API.
  globs: ['src/ai-training-*/ai-training-*.ts', 'src/internal/base.ts'],
  exclude: ['**/*.styles.ts', '**/*.stories.ts'],
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [defineElement, publicApi, distPaths, sectionDocs],
};
