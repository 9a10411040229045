/**
 * `@ai-training-verdict/data/output`: record text written into other formats. The schema refuses
 * most hostile text, but a record may still hold anything by the time it is written out (an older
 * release, a remote one, a rule not yet written), so every writer escapes for its own format with
 * one of these, and never by hand:
 *
 *   xmlText        XML and HTML text and attribute values (the Atom feeds, the SVG badges)
 *   markdownText   one line of Markdown that shows the text as written (release notes, the
 *                  weekly source-check issue)
 *   markdownUrl    a link target that cannot break out of `[text](url)` or `<url>`
 *   jsLiteral      a value as a JavaScript literal, for generated modules
 *   terminalText   text for a terminal: no control sequence reaches it
 *   writeOut, writeErr, endQuietlyOnClosedPipe   what every CLI prints with
 *
 * No Node built-ins: the escapers also work in a browser bundle.
 */
import { escapeUTF8 } from 'entities';

/**
 * What XML 1.0 does not allow anywhere in a document (its `Char` production): C0 control
 * characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * A parser stops at the first one, so a feed reader would show nothing at all.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (dropped: none of them is visible). */
export const xmlChars = (text: string): string => text.replace(XML_FORBIDDEN, '');

/**
 * `text` as XML (or HTML) character data or an attribute value: what XML forbids dropped, and
 * `& < > " '` as the five entities every XML parser knows (`entities`' escapeUTF8).
 */
export const xmlText = (text: string): string => escapeUTF8(xmlChars(String(text)));

/** Line breaks and other white space that would end a Markdown line, a list item or a table row. */
const MARKDOWN_BREAKS = /[\s\u0085\u2028\u2029]+/g;
/**
 * The characters that start Markdown or HTML anywhere on a line: emphasis, code, links and images
 * (`[`, `]`), raw HTML and autolinks (`<`, `>`), entity references (`&`), table cells (`|`),
 * strikethrough (`~`), and the backslash itself. Each is escaped with a backslash, which
 * CommonMark and GitHub's Markdown allow before any ASCII punctuation.
 */
const MARKDOWN_INLINE = /[\\`*_[\]<>&|~]/g;
/** What starts a block at the start of a line: a heading, a list item, a setext underline. */
const MARKDOWN_LINE_START = /^([#+=-]|\d+(?=[.)]))/;
/**
 * What GitHub turns into a link without any markup (its "extended autolinks"): `scheme://` and
 * `www.`. Escaping the `:` or the `.` keeps them text.
 */
const MARKDOWN_AUTOLINK = /:(?=\/\/)|(?<=\bwww)\./gi;

/**
 * `text` as one line of Markdown that a renderer (GitHub's, CommonMark) shows exactly as written:
 * no link (not even a bare address), image, emphasis, code, HTML element or table cell comes from
 * the text, and no line break
 * (white space runs become one space, as the rendered page shows them anyway).
 */
export function markdownText(text: string): string {
  return String(text)
    .replace(MARKDOWN_BREAKS, ' ')
    .trim()
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .replace(MARKDOWN_AUTOLINK, (c) => `\\${c}`)
    .replace(MARKDOWN_LINE_START, (start: string) =>
      /^\d/.test(start) ? `${start}\\` : `\\${start}`,
    );
}

const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * `url` as a Markdown link target, or `undefined` when it is not an http(s) address (the caller
 * then shows the text without a link). The address is the URL parser's own form (white space,
 * quotes, angle brackets and non-ASCII percent-encoded), with the characters Markdown would still
 * read encoded too: parentheses (which end `[text](url)`), the backslash, the backtick (a code span
 * outranks a link), `|` (a table cell) and `'`.
 */
export function markdownUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()\\`|'"<> ]/g, percent);
}

/** `[text](url)`, each part escaped; just the text when `url` is not an http(s) address. */
export function markdownLink(text: string, url: string): string {
  const target = markdownUrl(url);
  return target ? `[${markdownText(text)}](${target})` : markdownText(text);
}

// `jsLiteral` lives in a module of its own so that the vocabulary entry (which the SDK and the
// widget import) can carry it without `entities`.
export { jsLiteral } from './js-literal.js';

/**
 * What a terminal must not receive from data: C0 control characters but tab and line feed (ESC
 * starts every escape sequence; a carriage return overwrites the line), DEL and the C1 controls
 * (U+009B is a one-character escape sequence), the bidi controls (which reorder what follows) and
 * the line and paragraph separators.
 */
const TERMINAL_UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every character a terminal would act on shown as a visible escape: `\u001b`. */
export const terminalText = (text: string): string =>
  String(text).replace(
    TERMINAL_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Writes `text` to standard output as {@link terminalText}: what every CLI prints goes through it. */
export const writeOut = (text: string): void => void process.stdout.write(terminalText(text));

/** Writes `text` to standard error as {@link terminalText}. */
export const writeErr = (text: string): void => void process.stderr.write(terminalText(text));

/**
 * Makes a closed pipe (`cli ... | head -1`) end the command quietly: when the reader has gone,
 * nothing more can be shown, so the process exits at once, with the exit code set so far (0 when
 * none), instead of Node's "Error: write EPIPE" and its stack trace. Every CLI calls it first.
 * Any other error on the streams is thrown as before.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit();
    });
  }
}
