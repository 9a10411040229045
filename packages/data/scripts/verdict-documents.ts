/**
 * The documents' lists of tier verdicts, written from the vocabulary (`pnpm schema:write`), so a
 * verdict added to `TIER_VERDICTS` reaches every README and guide without a hand edit. A document
 * marks each place as a block (`scripts/marked-blocks.mjs` at the root), `<!-- tier-verdicts:KIND -->` and
 * `<!-- /tier-verdicts:KIND -->` in Markdown, `{/* tier-verdicts:KIND *\/}` and
 * `{/* /tier-verdicts:KIND *\/}` in MDX (whose parser refuses HTML comments). KIND is one of:
 *
 * - `list`: the verdicts in code, comma-separated (`trains`, `trains-unless-opt-out`, …);
 * - `rules`: one bullet per verdict with its rule, the doc comment of its value in `vocabulary.ts`;
 * - `expected`: the validator's `(expected one of: …)` inside the marked lines (a quoted output).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeMarkedBlocks } from '../../../scripts/marked-blocks.mjs';

/** Not documents of the code: built or installed files, release notes, dated research notes. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.turbo', 'storybook-static', 'research']);

/** Every Markdown and MDX document below `rootDir` (but changelogs), relative to it. */
export function documents(rootDir: string, dir = rootDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return documents(rootDir, path);
    return /\.mdx?$/.test(entry.name) && entry.name !== 'CHANGELOG.md'
      ? [relative(rootDir, path)]
      : [];
  });
}

/** A tier verdict and its rule, in the vocabulary's order. */
export interface VerdictRule {
  readonly verdict: string;
  readonly rule: string;
}

/**
 * The tier verdicts of `vocabulary.ts` (its source text) with the doc comment above each value, one
 * line of text each. A value with no comment is an error naming it: its rule is the documentation.
 */
export function tierVerdictRules(source: string): VerdictRule[] {
  const list = /export const TIER_VERDICTS = \[([\s\S]*?)\] as const;/.exec(source);
  if (!list) throw new Error('vocabulary.ts: no `export const TIER_VERDICTS = [...] as const`');
  const rules: VerdictRule[] = [];
  // One value a line (`'trains',`), each after its doc comment; prettier keeps the list so.
  let comment: string[] | undefined;
  let text: string[] = [];
  let inComment = false;
  for (const line of list[1]!.split('\n').map((l) => l.trim())) {
    const value = /^'([^']+)',?$/.exec(line);
    if (value) {
      if (!comment?.length) {
        throw new Error(
          `vocabulary.ts: the tier verdict '${value[1]}' has no doc comment (its rule)`,
        );
      }
      rules.push({ verdict: value[1]!, rule: comment.join(' ') });
      comment = undefined;
      continue;
    }
    // Only a doc comment's lines are a rule: a `//` note between values is not.
    if (line.startsWith('/**')) [inComment, text] = [true, []];
    if (!inComment) continue;
    const words = line.replace(/^\/\*\*|\*\/$|^\*/g, '').trim();
    if (words) text.push(words);
    if (line.endsWith('*/')) [inComment, comment] = [false, text];
  }
  return rules;
}

/** Greedy wrap of `text` at `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && (lines.length ? indent.length : 0) + next.length > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines.map((l, i) => (i ? indent + l : l)).join('\n');
}

/** What each kind of marked place holds, from the vocabulary's verdicts and rules (none: unknown). */
function fill(
  kind: string,
  content: string,
  rules: readonly VerdictRule[],
  where: string,
): string | undefined {
  const verdicts = rules.map(({ verdict }) => verdict);
  switch (kind) {
    case 'list':
      return verdicts.map((v) => `\`${v}\``).join(', ');
    case 'rules':
      // Blank lines around the list, as prettier keeps a Markdown list apart from an HTML comment.
      return `\n\n${rules
        .map(({ verdict, rule }, i) => {
          // The rule as a clause of the sentence before the list: lower case, `;` between bullets.
          const clause = /^[A-Z][a-z]/.test(rule) ? rule[0]!.toLowerCase() + rule.slice(1) : rule;
          const end = i === rules.length - 1 ? '.' : ';';
          return wrap(`- \`${verdict}\`: ${clause.replace(/\.$/, end)}`, 100, '  ');
        })
        .join('\n')}\n\n`;
    case 'expected': {
      if (!/\(expected one of: [^)\n]*\)/.test(content)) {
        throw new Error(
          `${where}: a tier-verdicts:expected place quotes no "(expected one of: …)"`,
        );
      }
      return content.replace(
        /\(expected one of: [^)\n]*\)/g,
        `(expected one of: ${verdicts.join(', ')})`,
      );
    }
    default:
      return undefined;
  }
}

/**
 * `text` (the document at `file`) with every marked place rewritten from `rules`; the same text when
 * it is up to date. An opening marker left without its closing one is an error naming the line.
 */
export const writeVerdictPlaces = (
  text: string,
  rules: readonly VerdictRule[],
  file: string,
): string =>
  writeMarkedBlocks(
    text,
    'tier-verdicts',
    (kind, content, where) => fill(kind, content, rules, where),
    file,
  );

/** The rules of the package's own `src/vocabulary.ts`. */
export function packageVerdictRules(packageDir: string): VerdictRule[] {
  return tierVerdictRules(readFileSync(join(packageDir, 'src', 'vocabulary.ts'), 'utf8'));
}
