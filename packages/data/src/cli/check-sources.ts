#!/usr/bin/env node
/**
 * ai-training-verdict-check-sources [options] [files or folders...]
 *
 * Fetches every quoted source of the records and looks for its quote (white space and quote marks
 * do not matter). One line per quoted source: found, changed (the page answered, the quote is gone:
 * the claims it backs need re-verification), unreachable (never counted as changed) or redirected
 * (the page leads off its site, to http or to a local address: not followed, the target is named).
 * Exit 0 when no quote changed, 1 when one did, 2 on bad usage or invalid records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  checkSources,
  markQuotesGone,
  reportMarkdown,
  type SourceCheck,
} from '../node/check-sources.js';
import {
  displayPath,
  parseCliArgs,
  runCli,
  validRecordsOrExplain,
  writeErr,
  writeOut,
} from './shared.js';

const USAGE = `Usage: ai-training-verdict-check-sources [options] [files or folders...]

Fetches every quoted source of the records and reports, per source and the claims citing it,
whether its quote is still on the page. With no paths, checks the records shipped in this package.
Redirects are followed up to 5 times within the page's site and over https only; a redirect
elsewhere is reported with its target, not followed. Local and private addresses are not fetched.

Options:
  --timeout <s>     seconds per page, redirects and body included (default 15)
  --max-bytes <n>   bytes read of a page; a larger one is read that far, the quote looked for
                    there, and the report says it was cut (default 5000000)
  --json            print the report as JSON
  --markdown        print the report as Markdown (the body of the weekly issue)
  --write           set \`status: quote-not-found\` on each source whose quote is gone, in its
                    record file, so the card shows it as needing re-verification (never on an
                    unreachable page; a maintainer clears it after re-verifying)
  -h, --help        show this help
`;

const positive = (value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : Number.NaN;
};

function line(check: SourceCheck): string {
  const claims = check.claims.length ? ` (${check.claims.join(', ')})` : '';
  return `${check.status.padEnd(11)} ${check.tool} · ${check.source}${claims}: ${check.reason}\n            ${check.url}`;
}

runCli(async () => {
  const args = parseCliArgs(USAGE, {
    timeout: { type: 'string' },
    'max-bytes': { type: 'string' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  });
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  const timeout = positive(values.timeout, 15);
  const maxBytes = positive(values['max-bytes'], 5_000_000);
  if (Number.isNaN(timeout) || Number.isNaN(maxBytes)) {
    writeErr('error: --timeout and --max-bytes take a positive number\n');
    return 2;
  }

  const records = validRecordsOrExplain(positionals);
  if (!records) return 2;

  const report = await checkSources(records.tools, { timeoutMs: timeout * 1000, maxBytes });
  const count = (status: SourceCheck['status']) => report.filter((c) => c.status === status).length;
  if (values.json) {
    writeOut(`${JSON.stringify(report, null, 2)}\n`);
  } else if (values.markdown) {
    writeOut(reportMarkdown(report));
  } else {
    for (const check of report) writeOut(`${line(check)}\n`);
    writeOut(
      `\n${report.length} quoted source(s): ${count('found')} found, ${count('changed')} changed, ${count('unreachable')} unreachable, ${count('redirected')} redirected\n`,
    );
  }
  if (values.write) {
    // Only quotes the page answered without; a source already marked is left as it is.
    const marked = new Set(
      records.tools.flatMap((t) =>
        t.sources.filter((s) => s.status === 'quote-not-found').map((s) => `${t.id}/${s.id}`),
      ),
    );
    const gone = new Map<string, string[]>();
    for (const c of report)
      if (c.status === 'changed' && !marked.has(`${c.tool}/${c.source}`))
        gone.set(c.tool, [...(gone.get(c.tool) ?? []), c.source]);
    for (const [tool, sources] of gone) {
      const input = records.inputs.find((i) => basename(i.file, extname(i.file)) === tool);
      if (!input) continue;
      writeFileSync(input.file, markQuotesGone(readFileSync(input.file, 'utf8'), sources));
      writeErr(
        `wrote status: quote-not-found on ${sources.join(', ')} in ${displayPath(input.file)}\n`,
      );
    }
  }
  return count('changed') > 0 ? 1 : 0;
});
