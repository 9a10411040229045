// The CDN build's minifier for Lit's templates (scripts/lib/minify-literals.mjs): smaller text,
// the same CSS and the same rendering.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssLiterals, minifyHtmlLiterals } from '../scripts/lib/minify-literals.mjs';

describe('minifyCssLiterals', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and colons', () => {
    const source = `export default css\`
  /* the host */
  :host {
    display: block;
    color: light-dark(#111, #eee);
  }

  .card > * + * {
    margin-block-start: 0.875em;
  }
\`;`;
    assert.equal(
      minifyCssLiterals(source),
      'export default css`:host{display:block;color:light-dark(#111,#eee)}.card>* + *{margin-block-start:0.875em}`;',
    );
  });

  it('keeps the spaces that carry meaning: selectors, values, calc() and media queries', () => {
    const source =
      'css`a :hover {  margin: 0   auto; width: calc(100% - 2em) } @media  screen and (min-width: 30em) { b { c: d } }`';
    assert.equal(
      minifyCssLiterals(source),
      'css`a :hover{margin:0 auto;width:calc(100% - 2em)}@media screen and (min-width:30em){b{c:d}}`',
    );
  });

  it('leaves quoted strings, escapes and `${}` interpolations as they are', () => {
    const source =
      "css`.a::before { content: ' : { ; } ' ; } .b { border: 1px solid ${colour} ; } .c::after { content: '\\\\2022' }`";
    assert.equal(
      minifyCssLiterals(source),
      "css`.a::before{content:' : { ; } '}.b{border:1px solid ${colour}}.c::after{content:'\\\\2022'}`",
    );
  });

  it('touches nothing outside css templates', () => {
    const source = 'const a = html`<p>  a :  b ; </p>`; const b = `x  { y }`;';
    assert.equal(minifyCssLiterals(source), source);
  });

  it('refuses what it cannot parse rather than ship broken CSS', () => {
    assert.throws(() => minifyCssLiterals('css`a { /* open`'), /Unterminated/);
    assert.throws(() => minifyCssLiterals("css`a { content: 'open }`"), /Unterminated/);
  });
});

describe('minifyHtmlLiterals', () => {
  it('collapses each run of whitespace to one space, in nested templates too', () => {
    const source = `html\`<div class="frame">
      <p part="answer"   lang="en">\${record.answer}</p>
      \${ok ? html\`<span>
          \${label}
        </span>\` : nothing}
    </div>\``;
    assert.equal(
      minifyHtmlLiterals(source),
      'html`<div class="frame"> <p part="answer" lang="en">${record.answer}</p> ${ok ? html`<span> ${label} </span>` : nothing} </div>`',
    );
  });

  it('leaves css templates, other templates and interpolated code alone', () => {
    const source = 'css`a  { b: c }`; `x   y`; html`<p>${ "a   b" }</p>`;';
    assert.equal(minifyHtmlLiterals(source), source);
  });
});
