/**
 * Markdown as a reader sees it once rendered, for the tests of the Markdown writers: parsed by
 * markdown-it with raw HTML allowed and bare addresses linked, as GitHub's Markdown does (its
 * "extended autolinks": `https://…` and `www.…`, not bare domain names), with GFM tables.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

type Token = ReturnType<typeof md.parse>[number];

/** Every token of the document, inline children included. */
function tokens(markdown: string): Token[] {
  return md.parse(markdown, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

export interface Rendered {
  /** The target of every link, in order. */
  readonly links: string[];
  /** Every image's source. */
  readonly images: string[];
  /** Raw HTML the renderer passes through (inline or block), which a page would run as markup. */
  readonly html: string[];
  /** Each table row's cells as text. */
  readonly rows: string[][];
  /** The rendered HTML. */
  readonly output: string;
}

export function rendered(markdown: string): Rendered {
  const all = tokens(markdown);
  const rows: string[][] = [];
  let row: string[] | undefined;
  let inCell = false;
  for (const t of md.parse(markdown, {})) {
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) rows.push(row);
    else if (t.type === 'td_open' || t.type === 'th_open') inCell = true;
    else if (t.type === 'td_close' || t.type === 'th_close') inCell = false;
    else if (t.type === 'inline' && inCell && row)
      row.push((t.children ?? []).map((c) => c.content).join(''));
  }
  return {
    links: all.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? '')),
    images: all.filter((t) => t.type === 'image').map((t) => String(t.attrGet('src') ?? '')),
    html: all
      .filter((t) => t.type === 'html_inline' || t.type === 'html_block')
      .map((t) => t.content),
    rows,
    output: md.render(markdown),
  };
}

/** The text of a one-line Markdown document as rendered, tags removed and entities decoded. */
export function renderedText(markdown: string): string {
  return md
    .parseInline(markdown, {})
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');
}
