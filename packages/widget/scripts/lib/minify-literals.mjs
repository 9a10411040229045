// Minifies the text of Lit's tagged templates for the CDN build (scripts/build-cdn.mjs). esbuild
// minifies code but never the text inside template literals, and the elements' `css` and `html`
// templates are a large share of the CDN entry, which has a 9 kB budget (issue #4).
//
// Conservative on purpose, and only the static text is touched, never a `${}` interpolation:
// - css`…`: comments go; whitespace collapses, and goes entirely around `{ } ; , >` and after `:`;
//   quoted strings and escapes stay as they are.
// - html`…` and svg`…`: every run of whitespace becomes one space, which renders the same in
//   `white-space: normal` and `nowrap` (the elements use no `pre`, and a test checks it).
// Templates are found with TypeScript's parser, so nesting (html inside ${} inside html) is exact.
// Anything the CSS minifier cannot parse fails the build instead of shipping broken CSS.
import ts from 'typescript';

/**
 * Minifies one static piece of CSS text (between interpolations).
 * @param {string} text raw template text
 * @param {{ trimStart?: boolean, trimEnd?: boolean }} [edges] trim only at the ends of the
 *   literal: beside an interpolation one space must stay (`solid ${colour}`)
 */
export function minifyCssText(text, { trimStart = true, trimEnd = true } = {}) {
  let out = '';
  let i = 0;
  let pending = ''; // code outside strings, minified in one go when a string or the end arrives
  const flush = () => {
    out += pending
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
    pending = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error('Unterminated comment in a css`` template');
      pending += ' ';
      i = end + 2;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new Error('Unterminated string in a css`` template');
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '\\') {
      pending += text.slice(i, i + 2); // an escape belongs to the character after it
      i += 2;
    } else {
      pending += ch;
      i += 1;
    }
  }
  flush();
  if (trimStart) out = out.replace(/^ /, '');
  if (trimEnd) out = out.replace(/ $/, '');
  return out;
}

/** Collapses each run of whitespace in a static piece of an html`` or svg`` template. */
export function minifyHtmlText(text) {
  return text.replace(/\s+/g, ' ');
}

/**
 * Applies `minify(text, { first, last })` to the static text of every template tagged with one of
 * `tags`, and returns the new source.
 */
function transformTemplates(source, tags, minify) {
  const file = ts.createSourceFile(
    'module.ts',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits = []; // [start, end, replacement] of template text, never overlapping
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      tags.includes(node.tag.text)
    ) {
      const template = node.template;
      // The text of each literal piece, without its delimiters (` or } before, ` or ${ after).
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      pieces.forEach((piece, index) => {
        const start = piece.getStart(file) + 1;
        const end =
          piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
        const text = source.slice(start, end);
        const first = index === 0;
        const last = index === pieces.length - 1;
        edits.push([start, end, minify(text, { first, last })]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let copied = 0;
  for (const [start, end, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(copied, start) + replacement;
    copied = end;
  }
  return out + source.slice(copied);
}

/** Minifies the text of every css`…` template in a module's source. */
export function minifyCssLiterals(source) {
  return transformTemplates(source, ['css'], (text, { first, last }) =>
    minifyCssText(text, { trimStart: first, trimEnd: last }),
  );
}

/** Collapses the whitespace in every html`…` and svg`…` template in a module's source. */
export function minifyHtmlLiterals(source) {
  return transformTemplates(source, ['html', 'svg'], (text) => minifyHtmlText(text));
}
