#!/usr/bin/env node
/**
 * ai-training-verdict-check-archive [options] <folder of archive clones> [files or folders...]
 *
 * Reads every archived source's file at its commit in a clone of the archive's repository and
 * reports whether its quote is there (the same comparison as check-sources). Exit 0 when every
 * quote is found, 1 when one is not, 2 on bad usage, invalid records or a missing clone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  ArchiveUnavailableError,
  checkArchive,
  setLastSeen,
  type ArchiveCheck,
} from '../node/check-archive.js';
import {
  displayPath,
  parseCliArgs,
  runCli,
  userPath,
  validRecordsOrExplain,
  writeErr,
  writeOut,
} from './shared.js';

const USAGE = `Usage: ai-training-verdict-check-archive [options] <folder> [files or folders...]

Looks up every quote the records read in a public archive (a source's \`archived\` copy) in the
archive's own git repository, at the commit the source names. <folder> holds the clones, each as
<folder>/<name> or <folder>/<owner>/<name>, with their whole history, e.g.
  git clone https://github.com/OpenTermsArchive/genai-contrib-versions <folder>/genai-contrib-versions
With no record paths, checks the records shipped in this package.

Options:
  --json     print the report as JSON
  --write    set each found quote's archived.lastSeen (the archive's newest run that still had
             it) in its record file
  -h, --help show this help
`;

function line(check: ArchiveCheck): string {
  const claims = check.claims.length ? ` (${check.claims.join(', ')})` : '';
  return `${check.status.padEnd(9)} ${check.tool} · ${check.source}${claims}: ${check.reason}\n          ${check.copy}`;
}

runCli(() => {
  const args = parseCliArgs(USAGE, {
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  });
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  const [folder, ...paths] = positionals;
  if (!folder) {
    writeErr(`error: name the folder of archive clones\n\n${USAGE}`);
    return 2;
  }
  const records = validRecordsOrExplain(paths);
  if (!records) return 2;

  let report: ArchiveCheck[];
  try {
    report = checkArchive(records.tools, userPath(folder));
  } catch (error) {
    if (!(error instanceof ArchiveUnavailableError)) throw error;
    writeErr(`error: ${error.message}\n`);
    return 2;
  }
  const missing = report.filter((c) => c.status === 'not-found').length;
  if (values.json) writeOut(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const check of report) writeOut(`${line(check)}\n`);
    writeOut(
      `\n${report.length} archived source(s): ${report.length - missing} found, ${missing} not found\n`,
    );
  }
  if (values.write) {
    const byTool = new Map<string, Map<string, string>>();
    for (const c of report)
      if (c.lastSeen)
        byTool.set(c.tool, (byTool.get(c.tool) ?? new Map()).set(c.source, c.lastSeen));
    for (const [tool, dates] of byTool) {
      const input = records.inputs.find((i) => basename(i.file, extname(i.file)) === tool);
      if (!input) continue;
      const before = readFileSync(input.file, 'utf8');
      const after = setLastSeen(before, dates);
      if (after === before) continue;
      writeFileSync(input.file, after);
      writeErr(`wrote archived.lastSeen in ${displayPath(input.file)}\n`);
    }
  }
  return missing > 0 ? 1 : 0;
});
