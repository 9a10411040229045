#!/usr/bin/env node
// `npm run data-diff`: what changed in the records since the last data release, the semver bump
// that needs (the policy in packages/data/README.md, "Versioning (semver for data)": removal major,
// additions and verdict changes minor, wording patch; the same for the record schema: a field or
// value removed major, added minor),
// and the release note in plain words, tool by tool. Fails when the pending changesets give
// @ai-training-verdict/data less than the changes need, naming the change that needs more.
//
//   node scripts/data-diff.mjs [--base <git ref> | --tarball <file.tgz>] [--json] [--write-changelog]
//
// The base defaults to the newest `@ai-training-verdict/data@<version>` tag (changesets tags each
// release). With --write-changelog (run by `npm run version-packages`, after `changeset version`)
// the note goes into packages/data/CHANGELOG.md under the new version's heading instead.
// Fails too when a tier's verdict changed and the record's history has no entry for it.
// Exit 0 fine, 1 the changesets ask for too little or a verdict change is unexplained, 2 bad usage
// or records that do not validate.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// What this script prints goes through the data package's terminal escaper (record text shows its
// control characters as escapes), and a reader that stops reading (`| head -1`) ends it quietly.
const { endQuietlyOnClosedPipe, writeErr, writeOut } = await import(
  new URL('../packages/data/dist/output.js', import.meta.url).href
).catch(() => {
  process.stderr.write('data-diff: build the packages first (npm run build)\n');
  process.exit(2);
});
endQuietlyOnClosedPipe();

const PKG = '@ai-training-verdict/data';
const here = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage: node scripts/data-diff.mjs [--base <git ref> | --tarball <file.tgz>] [options]

Compares packages/data/records with the last data release and prints every change, the bump it
needs, and the release note. Fails (exit 1) when the pending changesets give ${PKG}
a smaller bump than the changes need.

Options:
  --base <ref>        a git ref to compare with (default: the newest ${PKG}@* tag)
  --tarball <file>    compare with a packed tarball of the published package instead
  --repo <dir>        the repository (default: this one)
  --json              print the changes as JSON
  --write-changelog   put the note into packages/data/CHANGELOG.md (after changeset version)
  -h, --help          show this help
`;

const git = (repo, args) =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        base: { type: 'string' },
        tarball: { type: 'string' },
        repo: { type: 'string' },
        json: { type: 'boolean', default: false },
        'write-changelog': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new Error(error.message);
  }
  if (values.help) {
    writeOut(USAGE);
    return 0;
  }
  if (values.base && values.tarball) throw new Error('Give --base or --tarball, not both.');

  // The built packages: the diff and the record reader, and the SDK's words for the note.
  const data = await import(new URL('../packages/data/dist/node.js', import.meta.url).href);
  const { labels } = await import(new URL('../packages/sdk/dist/index.js', import.meta.url).href);

  const repo = resolve(values.repo ?? here);
  const recordsPath = 'packages/data/records';

  /** Validated records as a release; records that fail validation stop the diff. */
  const releaseOf = (inputs, where) => {
    const result = data.validateRecordSources(inputs, { staleness: false });
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      for (const problem of errors) writeErr(`${data.formatProblem(problem)}\n`);
      throw new Error(
        `the records of ${where} do not validate` +
          (where === 'the working tree'
            ? ' (npm run validate)'
            : '; compare with --tarball of the published package'),
      );
    }
    return {
      tools: Object.fromEntries(result.tools.map((t) => [t.id, t])),
      redirects: Object.fromEntries(result.redirects.map((r) => [r.id, r])),
    };
  };

  let before;
  let baseName;
  /** The record schema (JSON Schema) of the base release, when it has one. */
  let beforeSchema;
  const schemaPath = 'schema/tool-record.schema.json';
  if (values.tarball) {
    const text = execFileSync('tar', ['-xzOf', values.tarball, 'package/dist/data.json'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const json = JSON.parse(text);
    before = { tools: json.tools, redirects: json.redirects };
    // A release from before the JSON Schema was published has none to compare with.
    const listed = execFileSync('tar', ['-tzf', values.tarball], { encoding: 'utf8' });
    if (listed.split('\n').includes(`package/${schemaPath}`))
      beforeSchema = JSON.parse(
        execFileSync('tar', ['-xzOf', values.tarball, `package/${schemaPath}`], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      );
    baseName = `${values.tarball} (data ${json.version})`;
  } else {
    const ref =
      values.base ??
      git(repo, ['tag', '--list', `${PKG}@*`, '--sort=-v:refname'])
        .split('\n')
        .find(Boolean);
    if (!ref && values['write-changelog']) {
      writeOut(
        `data-diff: no earlier ${PKG} release to compare with; the changesets' notes stand alone\n`,
      );
      return 0;
    }
    if (!ref)
      throw new Error(
        `no ${PKG}@* release tag found: pass --base <git ref> or --tarball <file.tgz>`,
      );
    const files = git(repo, ['ls-tree', '--name-only', ref, '--', `${recordsPath}/`])
      .split('\n')
      .filter((f) => /\.ya?ml$/.test(f));
    const inputs = files.map((file) => ({
      file: `${ref}:${file}`,
      text: git(repo, ['show', `${ref}:${file}`]),
    }));
    before = releaseOf(inputs, ref);
    baseName = ref;
    // A release from before the JSON Schema was published has none to compare with.
    const schemaAtRef = git(repo, [
      'ls-tree',
      '--name-only',
      ref,
      '--',
      `packages/data/${schemaPath}`,
    ]);
    if (schemaAtRef.trim())
      beforeSchema = JSON.parse(git(repo, ['show', `${ref}:packages/data/${schemaPath}`]));
  }

  const dir = join(repo, recordsPath);
  const { inputs, unreadable } = data.readRecordInputs([dir]);
  if (unreadable.length > 0) throw new Error(unreadable.map(data.formatProblem).join('\n'));
  const after = releaseOf(
    inputs.map((i) => ({ ...i, file: i.file.slice(repo.length + 1) })),
    'the working tree',
  );

  const schemaFile = join(repo, 'packages/data', schemaPath);
  const afterSchema = existsSync(schemaFile)
    ? JSON.parse(readFileSync(schemaFile, 'utf8'))
    : undefined;
  const changes = [
    ...(beforeSchema && afterSchema ? data.diffSchemas(beforeSchema, afterSchema) : []),
    ...data.diffReleases(before, after),
  ];
  const note = data.releaseNote(changes, labels.en);

  if (values['write-changelog']) {
    const file = join(repo, 'packages/data/CHANGELOG.md');
    const changelog = existsSync(file) ? readFileSync(file, 'utf8') : `# ${PKG}\n`;
    const heading = /^## .+$/m.exec(changelog);
    if (!heading) throw new Error(`${file} has no version heading: run changeset version first`);
    if (changes.length === 0) return 0;
    const at = heading.index + heading[0].length;
    const section = `\n\n### What changed for readers, tool by tool (since ${baseName})\n\n${note}`;
    writeFileSync(file, changelog.slice(0, at) + section + changelog.slice(at));
    writeOut(`data-diff: wrote the note under "${heading[0]}" in packages/data/CHANGELOG.md\n`);
    return 0;
  }

  // The pending changesets, read as changesets itself reads them.
  const { default: readChangesets } = await import('@changesets/read');
  const pending = existsSync(join(repo, '.changeset')) ? await readChangesets(repo) : [];
  const declared = data.declaredBump(
    pending.flatMap((c) => c.releases),
    PKG,
  );
  const required = data.requiredBump(changes);
  const verdict = data.checkBump(changes, declared);

  if (values.json) {
    writeOut(`${JSON.stringify({ base: baseName, required, declared, changes }, null, 2)}\n`);
  } else {
    writeOut(
      `data-diff: ${PKG}, ${baseName} -> the working tree\n` +
        `${changes.length} change(s); they need ${required ? `a ${required}` : 'no'} release; ` +
        `the pending changesets give ${declared ? `a ${declared}` : 'no'} bump.\n` +
        (changes.length ? `\nRelease note:\n${note}\n` : ''),
    );
  }
  // A verdict that changed with nothing in the record's history to say why (issue 22): readers of
  // the card, the feeds and this note would see a new answer with no dated change behind it.
  const unexplained = changes.filter((c) => c.unexplained);
  if (unexplained.length > 0) {
    for (const c of unexplained)
      writeErr(
        `\ndata-diff: "${data.changeLine(c, labels.en)}" has no history entry: add a policy-change ` +
          `for the tier "${c.tier.id}" in packages/data/records/${c.id}.yaml (the vendor changed its text) ` +
          `or a record-correction with tier: ${c.tier.id} (we corrected our record).\n`,
      );
    return 1;
  }
  if (!verdict.ok) {
    const line = data.changeLine(verdict.needs, labels.en);
    writeErr(
      `\ndata-diff: "${line}" needs a ${verdict.needs.bump} release, but the pending changesets give ${PKG} ` +
        `${declared ? `only a ${declared}` : 'no'} bump. Run \`npm run changeset\` and pick ${verdict.required}.\n`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Usage errors and failures alike: one line, no stack trace.
    writeErr(`data-diff: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
