// The validator reads a plain record with js-yaml (fast) and anything else, or any file with a
// problem, with `yaml` (positions and its messages): see src/node/yaml-source.ts. What a record
// means must not depend on which one read it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRecordSources, type ValidateOptions } from '../src/node/validate.js';
import { parseSource, parseSourceWithPositions } from '../src/node/yaml-source.js';
import { fixturesDir, shippedInputs } from './helpers.js';

/** Every .yaml file below a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFiles(join(dir, entry.name))
      : entry.name.endsWith('.yaml')
        ? [join(dir, entry.name)]
        : [],
  );
}

const both = (text: string) => ({
  fast: parseSource('f.yaml', text),
  slow: parseSourceWithPositions('f.yaml', text),
});

// Forms where the YAML 1.1 habits, js-yaml's own schema and YAML 1.2 core disagree, and the
// constructs the fast path leaves to `yaml` (anchors, tags, directives, several documents).
const SNIPPETS: Record<string, string> = {
  numbers:
    'a: 0x1F\nb: 0o17\nc: 1_000\nd: 0b101\ne: .inf\nf: -.Inf\ng: .NaN\nh: 1e3\ni: +12\nj: 012\nk: 1.\nl: .5\nm: 0.50\nn: -0\no: 12345678901234567890\n',
  'null and booleans':
    'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: yes\ng: no\nh: on\ni: True\nj: TRUE\nk: tRUE\nl: n\n',
  dates: 'a: 2026-06-01\nb: 2026-06-01T10:00:00Z\nc: 2026-6-1\n',
  tags: "a: !!str 12\nb: !!int '3'\nc: ! 12\nd: !!float 1\n",
  'unknown tag': 'a: !foo x\n',
  anchors: 'a: &x hello\nb: *x\nc: &m { k: v }\nd: *m\n',
  'merge key': 'base: &b { k: v }\nuse:\n  <<: *b\n  j: w\n',
  'plain merge-like key': '<<: x\n',
  'duplicate keys': 'a: 1\na: 2\n',
  'quoted duplicate keys': 'a: 1\n"a": 2\n',
  directive: '%YAML 1.1\n---\na: yes\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'empty document': '',
  'comments only': '# nothing here\n',
  'a list at the top': '- a\n- b\n',
  'a scalar at the top': 'just text\n',
  'block scalars':
    'a: >-\n  folded\n  lines\n\n  para\nb: |\n  kept\n  lines\nc: |+\n  keep\n\nd: >2\n   indented\n  less\ne: |-\n  strip\n',
  'quoted scalars':
    "a: \"\\x41\\u263A\\N\\_\\L\\P\\e\\0\\t\"\nb: 'it''s'\nc: \"multi\n  line\"\nd: 'multi\n\n  para'\n",
  'plain multi-line': 'a: one\n  two\n\n  three\n',
  'flow collections': 'a: [1, "2", x, {b: c}]\nb: {c: [d, e], f: ~}\n',
  comments: 'a: b # a comment\nc: d#not a comment\n',
  'unicode and escapes': 'a: "caf\\u00e9 \\U0001F600"\nb: café\nc: "\\u202E"\n',
  'proto key': '__proto__: x\nconstructor: y\n',
  'tab after colon': 'a:\tb\n',
  'tab indentation': 'a:\n\t- b\n',
  'bad indentation': 'a:\n  b: c\n d: e\n',
  'key in quotes with colon': '"a: b": c\n',
  'document markers': '---\na: 1\n...\n',
  'nested sequences': 'a:\n- - 1\n  - 2\n- b\n',
  'compact nested mapping': 'a:\n  - b: 1\n    c: 2\n',
};

// What `yaml` refuses and js-yaml reads, in an otherwise valid record (each replaces the line
// `name: Probe Writer`, or `aliases: [Probe, ProbeWriter]`): `validate` must report `yaml`'s error.
const YAML_ONLY_ERRORS: Record<string, [string, string]> = {
  'a comment after a quote': ['name: Probe Writer', 'name: "Probe Writer"#c'],
  'a comment after a single quote': ['name: Probe Writer', "name: 'Probe Writer'#c"],
  'a comment after a bracket': ['aliases: [Probe, ProbeWriter]', 'aliases: [Probe, ProbeWriter]#c'],
  'a comment after a comma': [
    'aliases: [Probe, ProbeWriter]',
    'aliases: [Probe,#c\n  ProbeWriter]',
  ],
  'an implicit key over 1024 characters': [
    'name: Probe Writer',
    `name: Probe Writer\n${'k'.repeat(1100)}: v`,
  ],
};

// Keys a JavaScript object cannot hold as YAML wrote them: `yaml` and js-yaml spell them
// differently, and the record schema refuses any of them, so such a file always has a problem
// and is read again with `yaml` before anything is reported.
const STRINGIFIED_KEYS: Record<string, string> = {
  'null key': '~: x\n',
  'empty key': ': x\n',
  'sequence key': '? [a, b]\n: x\n',
  'mapping key': '? { a: 1 }\n: x\n',
};

const validate = (text: string, options: ValidateOptions = {}) =>
  validateRecordSources([{ file: 'probe-writer.yaml', text }], {
    now: new Date('2026-11-24T00:00:00Z'),
    ...options,
  }).problems;

/**
 * The problems `validate` reports with `yaml` reading the file, as it did before the fast path: a
 * `%YAML 1.2` directive (which changes nothing, the records being YAML 1.2) sends a file to `yaml`.
 * Lines are given back as they are in the file without the two lines added.
 */
const validateWithYamlOnly = (text: string) =>
  validate(`%YAML 1.2\n---\n${text}`).map((p) => ({ ...p, line: p.line - 2 }));

describe('reading a record file', () => {
  it('reads every shipped record and every fixture on the fast path, to the same data as yaml', () => {
    const files = [
      ...shippedInputs().map((input) => input.text),
      ...yamlFiles(fixturesDir).map((file) => readFileSync(file, 'utf8')),
    ];
    let fast = 0;
    for (const text of files) {
      const { fast: f, slow: s } = both(text);
      expect(f.data).toStrictEqual(s.data);
      if (f.withPositions) fast++;
    }
    // Every shipped record is plain YAML: a change that sent them all to the slow path would
    // bring back the minutes `validate` took at 10,000 records.
    expect(fast).toBeGreaterThanOrEqual(shippedInputs().length);
  });

  it.each(Object.entries(SNIPPETS))('reads %s as yaml does', (_name, text) => {
    const { fast, slow } = both(text);
    expect(fast.data).toStrictEqual(slow.data);
    expect(fast.problems).toStrictEqual(slow.problems);
    // The fast path never answers for a file yaml finds an error in.
    if (slow.problems.length > 0) expect(fast.withPositions).toBeUndefined();
  });

  it('leaves anchors, aliases, tags, directives and several documents to yaml', () => {
    for (const name of [
      'tags',
      'unknown tag',
      'anchors',
      'merge key',
      'directive',
      'two documents',
    ])
      expect(both(SNIPPETS[name]!).fast.withPositions, name).toBeUndefined();
    expect(both(SNIPPETS.numbers!).fast.withPositions).toBeDefined();
  });

  it.each(Object.entries(YAML_ONLY_ERRORS))('reports %s as yaml does', (_name, [line, by]) => {
    const record = readFileSync(join(fixturesDir, 'dataset', 'probe-writer.yaml'), 'utf8');
    expect(record).toContain(`\n${line}\n`);
    // Clean as it is, so nothing but the change can send it to `yaml`.
    expect(validate(record, { staleness: false })).toStrictEqual([]);
    const text = record.replace(`\n${line}\n`, `\n${by}\n`);
    const expected = parseSourceWithPositions('probe-writer.yaml', text).problems;
    expect(expected.map((p) => p.rule)).toContain('yaml-syntax');
    expect(validate(text, { staleness: false })).toStrictEqual(expected);
  });

  it.each(Object.entries(STRINGIFIED_KEYS))('reports a %s as yaml spells it', (_name, line) => {
    const text = `${readFileSync(join(fixturesDir, 'dataset', 'probe-writer.yaml'), 'utf8')}${line}`;
    const problems = validate(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toStrictEqual(validateWithYamlOnly(text));
  });

  it('reports the same problems, at the same places, in every fixture as with yaml alone', () => {
    // The files the fast path reads (the others go to `yaml` either way).
    const files = yamlFiles(fixturesDir)
      .map((file) => readFileSync(file, 'utf8'))
      .filter((text) => parseSource('f.yaml', text).withPositions);
    let withProblems = 0;
    for (const text of files) {
      const problems = validate(text);
      if (problems.length > 0) withProblems++;
      expect(problems).toStrictEqual(validateWithYamlOnly(text));
    }
    expect(withProblems).toBeGreaterThan(10);
  });
});
