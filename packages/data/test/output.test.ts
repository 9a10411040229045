/**
 * The escapers every writer uses (`@ai-training-verdict/data/output`), each given hostile text and
 * judged by what reads its output: an XML parser, a Markdown renderer, a JavaScript engine, the
 * characters a terminal receives.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  jsLiteral,
  markdownLink,
  markdownText,
  markdownUrl,
  terminalText,
  xmlText,
} from '../src/output.js';
import { xmlErrors } from './atom.js';
import { rendered, renderedText } from './markdown.js';

/** Markup, a link, an entity and characters that break XML, terminals or JavaScript. */
const HOSTILE =
  'x](https://evil)<img src=x onerror=alert(1)> &amp; "q" \'a\' \u0000\u0001\u001b[31m\uFFFE\uFFFF\uDC00\uD800 \u2028\u2029 </script>';

describe('xmlText', () => {
  it('should give text and attribute values that parse as well-formed XML and read as the text', () => {
    const xml = `<r a="${xmlText(HOSTILE)}" b='${xmlText(HOSTILE)}'>${xmlText(HOSTILE)}</r>`;
    expect(xmlErrors(xml)).toEqual([]);
    // What XML 1.0 forbids is gone; everything else reads back as written.
    const shown =
      'x](https://evil)<img src=x onerror=alert(1)> &amp; "q" \'a\' [31m \u2028\u2029 </script>';
    const values: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => values.push(String(tag.attributes.a), String(tag.attributes.b)));
    parser.on('text', (text) => values.push(text));
    parser.write(xml).close();
    expect(values).toEqual([shown, shown, shown]);
  });
});

describe('markdownText', () => {
  it('should show hostile text as written: no link, image, HTML, emphasis, code or block', () => {
    const text = `# ${HOSTILE} *em* _em_ \`code\` ~~del~~ www.evil.example [a]: https://evil\n- item | cell`;
    for (const markdown of [
      markdownText(text),
      `- ${markdownText(text)}`,
      `| ${markdownText(text)} |\n| --- |`,
    ]) {
      const seen = rendered(markdown);
      expect(seen.links, markdown).toEqual([]);
      expect(seen.images, markdown).toEqual([]);
      expect(seen.html, markdown).toEqual([]);
      expect(seen.output, markdown).not.toMatch(
        /<(h1|em|strong|code|s|del|li><ul|table><tbody><tr><td)>/,
      );
    }
    // As written, on one line (a renderer shows U+0000 as U+FFFD, as CommonMark requires).
    expect(renderedText(markdownText(text))).toBe(
      text.replace(/\s+/g, ' ').replace('\u0000', '\uFFFD'),
    );
  });

  it('should keep a line-start character from starting a block', () => {
    for (const text of ['# heading', '- item', '+ item', '1. item', '2) item', '> quote', '=== x'])
      expect(rendered(markdownText(text)).output).toBe(`<p>${text.replace('>', '&gt;')}</p>\n`);
  });
});

describe('markdownUrl and markdownLink', () => {
  it('should percent-encode a target so nothing after it becomes a link or HTML', () => {
    const url = 'https://example.com/a b)"<img src=x>`|\'(x)\\';
    expect(markdownUrl(url)).toBe(
      'https://example.com/a%20b%29%22%3Cimg%20src=x%3E%60%7C%27%28x%29/',
    );
    for (const markdown of [
      `${markdownLink('x](https://evil)<img src=x onerror=alert(1)>', url)} after`,
      `<${markdownUrl(url)}> after`,
    ]) {
      const seen = rendered(markdown);
      expect(seen.links, markdown).toEqual([
        'https://example.com/a%20b%29%22%3Cimg%20src=x%3E%60%7C%27%28x%29/',
      ]);
      expect(seen.html, markdown).toEqual([]);
      expect(seen.output, markdown).toMatch(/<\/a> after<\/p>/);
    }
  });

  it('should link only http(s) addresses, and show anything else as text', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      expect(markdownUrl(url)).toBeUndefined();
      const seen = rendered(markdownLink('name', url));
      expect(seen.links).toEqual([]);
      expect(seen.html).toEqual([]);
    }
  });
});

describe('jsLiteral', () => {
  it('should write a module no engine misreads and no page ends early, holding the same value', async () => {
    const value = { text: HOSTILE, list: ['<!-- x', '</SCRIPT >'] };
    const literal = jsLiteral(value);
    expect(literal).not.toMatch(/[\u2028\u2029]|<\/script|<!--/i);
    // Still JSON, and the same value as JavaScript.
    expect(JSON.parse(literal)).toEqual(value);
    const module = `data:text/javascript,${encodeURIComponent(`export default ${literal};`)}`;
    expect(((await import(/* @vite-ignore */ module)) as { default: unknown }).default).toEqual(
      value,
    );
  });
});

describe('terminalText', () => {
  it('should show every control, C1 and bidi character as a visible escape, keeping lines and tabs', () => {
    const text = 'a\u001b[2J\u009b31m\r\u0007\u007f\u202e\u2066\u200f\u2028b\tc\nd';
    expect(terminalText(text)).toBe(
      'a\\u001b[2J\\u009b31m\\u000d\\u0007\\u007f\\u202e\\u2066\\u200f\\u2028b\tc\nd',
    );
  });
});

describe('endQuietlyOnClosedPipe', () => {
  it('should end a process quietly, with the exit code set so far, when its reader goes away', async () => {
    // A process that prints without end, as a CLI does into `| head -1`.
    const script = [
      `const { endQuietlyOnClosedPipe, writeOut } = await import(${JSON.stringify(new URL('../src/output.ts', import.meta.url).href)});`,
      'endQuietlyOnClosedPipe();',
      'process.exitCode = 3;',
      "const line = 'x'.repeat(1000) + '\\n';",
      'const loop = () => { for (let i = 0; i < 100; i++) writeOut(line); setImmediate(loop); };',
      'loop();',
    ].join('\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
    expect(err).toBe('');
    expect(signal).toBeNull();
    expect(code).toBe(3);
  });
});
