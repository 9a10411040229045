// `ai-training-verdict <tool>`: the verdict card in a terminal. `npx @ai-training-verdict/sdk jasper`.
// Exit codes: 0 shown, 1 unknown tool or tier (with suggestions), 2 bad usage. Never a stack trace.
import { parseArgs } from 'node:util';
import { endQuietlyOnClosedPipe, writeErr, writeOut } from '@ai-training-verdict/data/output';
import type { Source, ToolRecord } from '@ai-training-verdict/data/schema';
import { UnknownTierError, UnknownToolError } from './errors.js';
import { format } from './text.js';
import {
  confidenceLabel,
  coverage,
  coverageWords,
  dataVersion,
  getTool,
  headline,
  isStale,
  listTools,
  messagesFor,
  optOutLabel,
  resolveTier,
  sourceEvidence,
  untranslatedLabels,
  verificationAge,
  zdrDpaLabel,
  type Coverage,
  type TierVerdictResult,
} from './index.js';

const USAGE = `Usage: ai-training-verdict <tool> [--tier <tier>] [--json]
       ai-training-verdict --list
       ai-training-verdict --coverage
       ai-training-verdict --translations

Does an AI tool train its models on your data? Prints the sourced verdict card.

Arguments:
  <tool>           a tool id, e.g. jasper, claude, ai21 (see --list)

Options:
  -t, --tier <t>   one tier only, by id, label or plan name (e.g. --tier Pro)
  -j, --json       print JSON instead of the card
  -l, --list       list the tools this release knows
  -c, --coverage   what every tier of every tool rests on (vendor text, news, a
                   secondary source, nothing), how its quotes were confirmed, totals
      --translations the words each language lacks, shown in English instead
  -v, --version    print the SDK and data versions
  -h, --help       show this help

Exit status: 0 shown, 1 unknown tool or tier, 2 bad usage.
`;

class UsageError extends Error {}

// Record text reaches the terminal with its control characters shown as escapes (`\u001b`), never
// acted on; a reader that stops reading (`| head -1`) ends the output quietly.
const out = (text: string) => writeOut(`${text}\n`);
const err = (text: string) => writeErr(`${text}\n`);
endQuietlyOnClosedPipe();

/** Wraps text to the terminal width (80 when not a terminal), indenting every line. */
function wrap(text: string, indent = ''): string {
  const width = Math.max(40, Math.min(process.stdout.columns || 80, 100)) - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function sourceLines(record: ToolRecord, sources: readonly Source[]): string[] {
  return sources.flatMap((source, i) => {
    const where = source.url ?? source.document ?? source.id;
    const named = source.url && source.document ? ` (${source.document})` : '';
    const date = source.published ?? source.retrieved;
    const lines = [`  ${i + 1}. ${where}${named}${date ? `, dated ${date}` : ''}`];
    if (source.quote) lines.push(wrap(`Quote: "${source.quote}"`, '     '));
    if (source.supports) lines.push(wrap(`Supports: ${source.supports}`, '     '));
    const evidence = sourceEvidence(record, source);
    lines.push(wrap(evidence.lines.join(' · '), '     '));
    if (evidence.archived) {
      const { label, url, lastSeen } = evidence.archived;
      lines.push(wrap(`${label}: ${url}${lastSeen ? ` (${lastSeen})` : ''}`, '     '));
    }
    if (source.status && source.status !== 'current')
      lines.push(`     Needs re-verification (${source.status})`);
    return lines;
  });
}

function verificationLine(record: ToolRecord): string {
  const { verification } = messagesFor();
  const age = verificationAge(record);
  const when = record.lastVerified
    ? format(verification.lastVerified, { date: record.lastVerified }) +
      (age !== undefined && age >= 0
        ? ` (${format(verification.daysAgo, { days: `${age}` })})`
        : '')
    : verification.notRecorded;
  const parts = [when, confidenceLabel(record.confidence)];
  if (isStale(record)) parts.push(verification.stale);
  return parts.join(' · ');
}

function card(record: ToolRecord): string {
  const head = headline(record);
  const badges = [
    head.label,
    optOutLabel(record.optOut?.availability ?? 'unknown'),
    zdrDpaLabel(record.dataHandling?.zdrDpa ?? 'unknown'),
  ];
  const identity = [record.vendor, record.category, record.officialSite]
    .filter(Boolean)
    .join(' · ');
  const lines = [
    `${record.name} — ${identity}`,
    badges.join(' · '),
    '',
    wrap(head.shortAnswer),
    '',
    wrap(head.summary, '  '),
    '',
    'Verdict by plan tier',
    ...record.tiers.flatMap((tier) => {
      const result = resolveTier(record, tier.id);
      return [`  ${tier.label}: ${result.label}`, wrap(tier.detail, '    ')];
    }),
    '',
    'Sources',
    ...sourceLines(record, record.sources),
    '',
    verificationLine(record),
  ];
  if (record.caveat) lines.push(wrap(record.caveat));
  lines.push(messagesFor().disclaimer);
  return lines.join('\n');
}

function tierCard(record: ToolRecord, result: TierVerdictResult): string {
  const messages = messagesFor();
  return [
    `${result.tool.name} — ${result.tier.label}`,
    result.label,
    wrap(result.detail, '  '),
    ...(result.since ? [`Since ${result.since}`] : []),
    '',
    result.sourcesFrom === 'tier' ? messages.sources.tier : messages.sources.record,
    ...sourceLines(record, result.sources),
    '',
    result.confidenceLabel,
  ].join('\n');
}

/** The coverage report as a table: a line per tool, a line per tier, then the totals. */
function coverageReport(report: Coverage): string {
  const words = coverageWords;
  const tiers = report.tools.flatMap((t) => t.tiers);
  const width = (heading: string, cell: (tier: (typeof tiers)[number]) => string) =>
    Math.max(heading.length, ...tiers.map((tier) => cell(tier).length)) + 2;
  const tierWidth = width(words.tier, (tier) => tier.label);
  const verdictWidth = width(words.verdict, (tier) => tier.verdictLabel);
  const row = (tier: string, verdict: string, restsOn: string) =>
    `  ${tier.padEnd(tierWidth)}${verdict.padEnd(verdictWidth)}${restsOn}`.trimEnd();
  const lines = [
    format(words.title, { version: dataVersion }),
    '',
    row(words.tier, words.verdict, words.restsOn),
  ];
  for (const tool of report.tools) {
    const verified = `${words.verified}: ${tool.lastVerified ?? words.neverVerified}${tool.stale ? ` (${messagesFor().verification.stale})` : ''}`;
    lines.push(
      '',
      `${tool.name} (${tool.vendor}) · ${verified} · ${words.quotes}: ${tool.quotesLabel}`,
    );
    for (const tier of tool.tiers) lines.push(row(tier.label, tier.verdictLabel, tier.basisLabel));
  }
  const t = report.totals;
  const quotes = Object.values(t.quotes).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    wrap(t.summary),
    wrap(format(words.totalQuotes, { quotes: `${quotes}`, counts: t.quotesLabel })),
    wrap(t.archivedSummary),
    wrap(
      format(words.totalVerified, {
        verified: `${t.verified}`,
        never: `${t.neverVerified}`,
        stale: `${t.stale}`,
      }),
    ),
  );
  return lines.join('\n');
}

/** Each language's untranslated words: a line per language, then a line per word it lacks. */
function translationsReport(report: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(report)
    .map(([locale, missing]) =>
      missing.length === 0
        ? `${locale}: every word translated`
        : [
            `${locale}: ${missing.length} ${missing.length === 1 ? 'word' : 'words'} shown in English`,
            ...missing.map((key) => `  ${key}`),
          ].join('\n'),
    )
    .join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        tier: { type: 'string', short: 't' },
        json: { type: 'boolean', short: 'j' },
        list: { type: 'boolean', short: 'l' },
        coverage: { type: 'boolean', short: 'c' },
        translations: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.version) {
    out(`@ai-training-verdict/sdk ${SDK_VERSION}, data ${dataVersion}`);
    return 0;
  }
  if (values.list) {
    const tools = listTools();
    if (values.json) out(JSON.stringify(tools, null, 2));
    else for (const t of tools) out(`${t.id.padEnd(16)} ${t.name} (${t.vendor})`);
    return 0;
  }
  if (values.coverage) {
    const records = await Promise.all(listTools().map((t) => getTool(t.id)));
    const report = coverage(records);
    out(values.json ? JSON.stringify(report, null, 2) : coverageReport(report));
    return 0;
  }
  if (values.translations) {
    const report = await untranslatedLabels();
    out(values.json ? JSON.stringify(report, null, 2) : translationsReport(report));
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'Missing the tool id.'
        : `Expected one tool id, got ${positionals.length}.`,
    );
  }
  if (values.tier !== undefined && values.tier.trim() === '')
    throw new UsageError('--tier needs a tier name.');
  const record = await getTool(positionals[0]!);
  if (values.tier !== undefined) {
    const result = resolveTier(record, values.tier);
    out(values.json ? JSON.stringify(result, null, 2) : tierCard(record, result));
  } else {
    out(values.json ? JSON.stringify(record, null, 2) : card(record));
  }
  return 0;
}

declare const SDK_VERSION: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      err(`ai-training-verdict: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof UnknownToolError) {
      err(`ai-training-verdict: ${error.message}`);
      if (error.suggestions.length === 0)
        err('Run `ai-training-verdict --list` to see every tool.');
      process.exitCode = 1;
    } else if (error instanceof UnknownTierError) {
      err(`ai-training-verdict: ${error.message}`);
      process.exitCode = 1;
    } else {
      err(`ai-training-verdict: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  },
);
