// The JSX typings (src/jsx.ts) as a React 19 + TypeScript user meets them: test/fixtures/react-jsx
// compiles valid usage and proves, with `@ts-expect-error`, that wrong attributes and values are
// errors; test/fixtures/no-react shows the typings cost nothing to a project without React. The
// typings are written by hand (see src/jsx.d.ts), so the last test holds them to the manifest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import { MANIFEST_FILE, packageDir, requireBuild } from './lib/cdn-files.mjs';

function tsc(fixture) {
  const result = spawnSync(
    process.execPath,
    [
      join(packageDir, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(packageDir, 'test', 'fixtures', fixture, 'tsconfig.json'),
      '--pretty',
      'false',
    ],
    { cwd: packageDir, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('JSX typings for React 19', () => {
  before(requireBuild); // the fixtures import the package by name, i.e. its built dist/*.d.ts

  it('type-check valid usage and reject wrong attributes, values and event types', () => {
    const { status, output } = tsc('react-jsx');
    assert.equal(output, '');
    assert.equal(status, 0);
  });

  it('type the React wrapper: props from the element classes, callbacks from the events', () => {
    const { status, output } = tsc('react-wrapper');
    assert.equal(output, '');
    assert.equal(status, 0);
  });

  it('do not break a TypeScript project without React, even with skipLibCheck off', () => {
    const { status, output } = tsc('no-react');
    assert.equal(output, '');
    assert.equal(status, 0);
  });
});

/**
 * What a JSX typings file declares for each tag of `IntrinsicElements`: its attributes (with the
 * string literals of a union, if it is one) and its event handlers (`on<event>`, with the event's
 * type name), read from the file's interfaces and what they extend.
 *
 * @param {string} text The typings' source.
 */
function jsxTags(text) {
  const file = ts.createSourceFile('jsx.d.ts', text, ts.ScriptTarget.Latest, true);
  /** @type {Map<string, ts.InterfaceDeclaration>} */
  const interfaces = new Map();
  /** @type {ts.InterfaceDeclaration | undefined} */
  let intrinsic;
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isInterfaceDeclaration(node)) {
      if (node.name.text === 'IntrinsicElements') intrinsic = node;
      else interfaces.set(node.name.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const name = (/** @type {ts.PropertyName} */ key) =>
    ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : key.getText(file);
  /** @returns {Array<ts.PropertySignature>} */
  const members = (/** @type {string} */ interfaceName) => {
    const node = interfaces.get(interfaceName);
    if (!node) return [];
    const inherited = (node.heritageClauses ?? []).flatMap((clause) =>
      clause.types.flatMap((type) => members(type.expression.getText(file))),
    );
    return [...inherited, ...node.members.filter(ts.isPropertySignature)];
  };
  /** @type {Record<string, { attributes: Record<string, string[]>, events: Record<string, string> }>} */
  const tags = {};
  for (const element of intrinsic?.members.filter(ts.isPropertySignature) ?? []) {
    // `ClassAttributes<X> & HTMLAttributes<X> & XAttributes`: the element's own attributes are
    // the interface without type arguments (the others are React's).
    const parts = element.type && ts.isIntersectionTypeNode(element.type) ? element.type.types : [];
    const own = parts
      .filter((part) => ts.isTypeReferenceNode(part) && !part.typeArguments)
      .map((part) => /** @type {ts.TypeReferenceNode} */ (part).typeName.getText(file))
      .find((type) => interfaces.has(type));
    /** @type {Record<string, string[]>} */
    const attributes = {};
    /** @type {Record<string, string>} */
    const events = {};
    for (const member of own ? members(own) : []) {
      const key = name(member.name);
      const type = member.type;
      if (key.startsWith('on') && type && ts.isFunctionTypeNode(type)) {
        events[key.slice(2)] = type.parameters[0]?.type?.getText(file) ?? '';
        continue;
      }
      // A union of string literals only (`'auto' | 'light'`), as the manifest has for `theme`; a
      // number narrowed to its values (`1 | … | '6'`) is typed `number` there.
      const strings = (type && ts.isUnionTypeNode(type) ? type.types : []).flatMap((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
      );
      const literals =
        type && ts.isUnionTypeNode(type) && strings.length === type.types.length ? strings : [];
      attributes[key] = literals;
    }
    tags[name(element.name)] = { attributes, events };
  }
  return tags;
}

/**
 * What custom-elements.json says of each element, in the same shape: attributes other than
 * `lang` (a global attribute React's `HTMLAttributes` already types), the literals of a union of
 * string literals, and each event's type.
 *
 * @param {any} manifest
 */
function manifestTags(manifest) {
  /** @type {Record<string, { attributes: Record<string, string[]>, events: Record<string, string> }>} */
  const tags = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      /** @type {Record<string, string[]>} */
      const attributes = {};
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.name === 'lang') continue;
        const alternatives = (attribute.type?.text ?? '').split('|').map((t) => t.trim());
        attributes[attribute.name] = alternatives
          .filter((t) => /^'[^']*'$/.test(t))
          .map((t) => t.slice(1, -1));
      }
      const events = Object.fromEntries(
        (declaration.events ?? []).map((event) => [event.name, event.type?.text ?? '']),
      );
      tags[declaration.tagName] = { attributes, events };
    }
  }
  return tags;
}

/** Sorts an object's keys, so that deepEqual compares contents and not the order of declaration. */
const sorted = (value) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, sorted(value[key])]),
      )
    : Array.isArray(value)
      ? [...value].sort()
      : value;

describe('JSX typings and custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
  const typings = readFileSync(join(packageDir, 'src', 'jsx.d.ts'), 'utf8');

  it('type the same elements, attributes, attribute values and events as the manifest', () => {
    assert.deepEqual(sorted(jsxTags(typings)), sorted(manifestTags(manifest)));
  });

  it('would fail on typings that miss an attribute, a value or an event of the manifest', () => {
    const expected = sorted(manifestTags(manifest));
    for (const drift of [
      typings.replace(/^\s*tier\?: string;$/m, ''),
      typings.replace("theme?: 'auto' | 'light' | 'dark';", "theme?: 'auto' | 'light';"),
      typings.replace(/^\s*'onai-training-verdict-load'\?:.*$/m, ''),
    ]) {
      assert.notEqual(drift, typings, 'the fixture edit applies');
      assert.notDeepEqual(sorted(jsxTags(drift)), expected);
    }
  });
});
