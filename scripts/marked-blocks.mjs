// Marked blocks: the places in documents and sources that are written from one list (the tier
// verdicts, the card's sections, the reader languages) rather than typed again. A block is a pair
// of marks around its generated text, in the comment form of the file it is in:
//
//   <!-- NAME:KIND --> … <!-- /NAME:KIND -->       Markdown
//   {/* NAME:KIND */} … {/* /NAME:KIND */}         MDX (whose parser refuses HTML comments)
//   // NAME:KIND (a line) … // /NAME:KIND          code
//
// NAME says which list writes it (`tier-verdicts`, `sections`, `languages`), KIND what the block
// holds. Each list's writer gives the text of each kind; this module finds the blocks, rewrites
// them and names the file and line of a mark left without its closing one, or of a kind the writer
// does not know. Written here rather than taken from comment-block-parser (markdown-magic's block
// parser) because that reads another form of mark (`<!-- word kind -->` … `<!--/word-->`), which
// every marked document would have to change to; the three writers had each their own copy of this.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `text` (the file `file`, named in errors) with every block marked `name` rewritten: `write(kind,
 * content, where)` gives the new content of a block of `kind` (its content now, and `where` it is,
 * `file:line`, for a writer's own errors), or undefined for a kind it does not write. The same text
 * when every block is up to date. A code block's content ends with its last line's line break.
 * @param {string} text
 * @param {string} name
 * @param {(kind: string, content: string, where: string) => string | undefined} write
 * @param {string} file
 * @returns {string}
 */
export function writeMarkedBlocks(text, name, write, file) {
  const lineOf = (/** @type {number} */ at) => text.slice(0, at).split('\n').length;
  const n = name; // letters and hyphens: nothing a regular expression reads as its own
  const block = new RegExp(
    `(<!-- ${n}:([a-z]+) -->|\\{/\\* ${n}:([a-z]+) \\*/\\}|// ${n}:([a-z]+)\\n)([\\s\\S]*?)` +
      `(<!-- /${n}:\\2 -->|\\{/\\* /${n}:\\3 \\*/\\}|// /${n}:\\4\\b)`,
    'g',
  );
  // An opening mark that does not start a block has lost its closing one.
  const starts = new Set([...text.matchAll(block)].map((match) => match.index));
  for (const mark of text.matchAll(new RegExp(`<!-- ${n}:|\\{/\\* ${n}:|// ${n}:`, 'g'))) {
    if (!starts.has(mark.index))
      throw new Error(`${file}:${lineOf(mark.index)}: a ${name} mark without its closing one`);
  }
  return text.replace(block, (...match) => {
    const [, open, md, mdx, code, content, close, at] = match;
    const kind = md ?? mdx ?? code;
    const where = `${file}:${lineOf(at)}`;
    const written = write(kind, content, where);
    if (written === undefined) throw new Error(`${where}: unknown kind of ${name} block "${kind}"`);
    return `${open}${written}${close}`;
  });
}

/**
 * Rewrites each of `docs` (paths from `rootDir`, named so in messages) with `rewrite(text, doc)`
 * and says which it changed. An error (a broken mark, whose message names the file and line) is
 * printed as its message, never a stack, and fails the process.
 * @param {string} rootDir
 * @param {readonly string[]} docs
 * @param {(text: string, doc: string) => string | Promise<string>} rewrite
 * @returns {Promise<void>}
 */
export async function rewriteDocuments(rootDir, docs, rewrite) {
  try {
    for (const doc of docs) {
      const path = join(rootDir, doc);
      const text = readFileSync(path, 'utf8');
      const written = await rewrite(text, doc);
      if (written !== text) {
        writeFileSync(path, written);
        process.stdout.write(`wrote ${doc}\n`);
      }
    }
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
    process.exitCode = 1;
  }
}
