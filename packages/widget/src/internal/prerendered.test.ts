import { expect } from '@open-wc/testing';
import { cardDigest, samePrerendered } from './prerendered.js';

/** The nodes of `html` parsed as a pre-rendered card's shadow root would hold them. */
const nodes = (html: string): ChildNode[] => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes];
};
/** What Lit drew, as the element passes it: the parent of the live card's nodes. */
const drawn = (html: string): Node => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};
const same = (prerendered: string, live: string): boolean =>
  samePrerendered(nodes(prerendered), drawn(live));

describe('samePrerendered', () => {
  const CARD =
    '<article part="base" class="card" lang="en"><h3 role="heading">Scribble Pad</h3>' +
    '<p part="answer">It trains on <b>free</b> plans.</p><a href="https://x.example/">terms</a></article>';

  it('takes the same card for the same card', () => {
    expect(same(CARD, CARD)).to.equal(true);
  });

  it('reads past Lit’s markers and the pre-render’s comments, joining the text around them', () => {
    const live = CARD.replace('It trains on ', '<!--?lit$1$-->It trains<!----> on <!---->').replace(
      '<h3',
      '<!--?--><h3',
    );
    expect(same(CARD, live)).to.equal(true);
  });

  it('counts each run of white space as one space, as the browser lays it out', () => {
    const live = CARD.replace('It trains on ', 'It\n      trains   on\t');
    expect(same(CARD, live)).to.equal(true);
    expect(same(CARD, CARD.replace('It trains on ', 'It trainson '))).to.equal(false);
  });

  it('takes attributes in any order, but not a missing, extra or changed one', () => {
    const reordered = CARD.replace(
      'part="base" class="card" lang="en"',
      'lang="en" class="card" part="base"',
    );
    expect(same(CARD, reordered)).to.equal(true);
    expect(same(CARD, CARD.replace(' lang="en"', ''))).to.equal(false);
    expect(same(CARD, CARD.replace('lang="en"', 'lang="en" dir="ltr"'))).to.equal(false);
    expect(same(CARD, CARD.replace('lang="en"', 'lang="de"'))).to.equal(false);
  });

  it('leaves out the pre-render’s own <style>, which the live card adopts instead', () => {
    expect(same(`<style>.card{color:red}</style>${CARD}`, CARD)).to.equal(true);
    // Only the card's own, at its top: a <style> inside it is part of what is drawn.
    const inside = CARD.replace('<h3', '<style>h3{}</style><h3');
    expect(same(inside, CARD)).to.equal(false);
  });

  it('takes a drawing of nothing for the same: the element draws nothing for a card it keeps', () => {
    expect(same(CARD, '<!---->')).to.equal(true);
    expect(same(CARD, '<slot></slot>')).to.equal(false);
  });

  it('tells a different text, element or order of elements apart', () => {
    expect(same(CARD, CARD.replace('free', 'paid'))).to.equal(false);
    expect(same(CARD, CARD.replace('<b>free</b>', '<i>free</i>'))).to.equal(false);
    expect(same(CARD, CARD.replace('<b>free</b>', 'free'))).to.equal(false);
    expect(same(CARD, `${CARD}<p>more</p>`)).to.equal(false);
    expect(same(`${CARD}<p>more</p>`, CARD)).to.equal(false);
    expect(same(CARD, CARD.replace('</article>', 'and text</article>'))).to.equal(false);
  });
});

describe('cardDigest', () => {
  const CARD =
    '<style>.card{color:red}</style><article part="base" class="card" lang="en">' +
    '<p part="answer">It trains on <b>free</b> plans.</p></article>';
  const digest = (html: string): Promise<string | undefined> => cardDigest(nodes(html));

  it('is the same for the same card, whatever the order of its attributes', async () => {
    expect(await digest(CARD)).to.equal(await digest(CARD));
    expect(
      await digest(CARD.replace('part="base" class="card"', 'class="card" part="base"')),
    ).to.equal(await digest(CARD));
    expect(await digest(CARD)).to.match(/^[0-9a-f]{64}$/);
  });

  it('tells apart any other text, markup, attribute or style', async () => {
    const others = [
      CARD.replace('free', 'paid'),
      CARD.replace('<b>free</b>', '&lt;b&gt;free&lt;/b&gt;'),
      CARD.replace('<b>free</b>', 'free'),
      CARD.replace(' lang="en"', ''),
      CARD.replace('color:red', 'color:red}.card::after{content:"never"'),
      CARD.replace('plans.</p>', 'plans.</p><style>p{display:none}</style>'),
      `${CARD}<p>more</p>`,
    ];
    for (const other of others) expect(await digest(other), other).not.to.equal(await digest(CARD));
  });

  it('leaves out comments, as the pre-render does', async () => {
    expect(await digest(CARD.replace('<b>', '<!-- a comment --><b>'))).to.equal(await digest(CARD));
  });
});
