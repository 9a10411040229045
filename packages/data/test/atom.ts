/**
 * The RFC 4287 rules a feed reader relies on, as a list of problems (empty when the feed is valid):
 * the document parses; atom:feed has one id, title and updated, an author (its own, or one on every
 * entry) and a rel="self" link; every entry has one id, title and updated and either content or an
 * alternate link; ids are absolute IRIs, unique in the feed; dates are RFC 3339; hrefs are absolute.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * What makes `xml` not well-formed XML 1.0, by saxes, a parser that enforces the whole spec
 * (xmldom, used for the tree, accepts characters XML forbids), and lone surrogates, which no
 * parser of a JavaScript string reliably sees and a UTF-8 encoder silently replaces.
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml))
    errors.push('a lone surrogate');
  return errors;
}

export function parseAtom(xml: string): Element {
  const errors: string[] = xmlErrors(xml);
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    // xmldom throws on a fatal error, after reporting it.
    errors.push((error as Error).message);
  }
  if (!doc || errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  return doc.documentElement!;
}

/** Atom children of an element with the given local name. */
export function children(el: Element, name: string): Element[] {
  return Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 &&
      (n as Element).namespaceURI === ATOM_NS &&
      (n as Element).localName === name,
  );
}

export const textOf = (el: Element | undefined) => el?.textContent?.trim() ?? '';

export function atomProblems(xml: string): string[] {
  let feed: Element;
  try {
    feed = parseAtom(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM_NS)
    return [`the root is <${feed.tagName}>, not an Atom <feed>`];

  const one = (el: Element, name: string, where: string) => {
    const found = children(el, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}>, not one`);
    return found[0];
  };
  const checkId = (el: Element | undefined, where: string) => {
    const id = textOf(el);
    if (el && !ABSOLUTE_IRI.test(id)) problems.push(`${where} <id> "${id}" is not an absolute IRI`);
    return id;
  };
  const checkUpdated = (el: Element | undefined, where: string) => {
    const value = textOf(el);
    if (el && (!RFC3339.test(value) || Number.isNaN(Date.parse(value))))
      problems.push(`${where} <updated> "${value}" is not an RFC 3339 date-time`);
  };
  const checkLinks = (el: Element, where: string) => {
    for (const link of children(el, 'link')) {
      const href = link.getAttribute('href') ?? '';
      if (!/^https?:\/\/\S+$/.test(href))
        problems.push(`${where} link href "${href}" is not absolute`);
    }
  };

  const ids = new Set<string>();
  ids.add(checkId(one(feed, 'id', 'the feed'), 'the feed'));
  one(feed, 'title', 'the feed');
  checkUpdated(one(feed, 'updated', 'the feed'), 'the feed');
  checkLinks(feed, 'the feed');
  if (!children(feed, 'link').some((l) => l.getAttribute('rel') === 'self'))
    problems.push('the feed has no rel="self" link');
  const feedHasAuthor = children(feed, 'author').some((a) => textOf(children(a, 'name')[0]));

  children(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = checkId(one(entry, 'id', where), where);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
    one(entry, 'title', where);
    checkUpdated(one(entry, 'updated', where), where);
    checkLinks(entry, where);
    const alternate = children(entry, 'link').some(
      (l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate',
    );
    if (!alternate && children(entry, 'content').length === 0)
      problems.push(`${where} has neither <content> nor an alternate link`);
    if (!feedHasAuthor && children(entry, 'author').length === 0)
      problems.push(`${where} has no author, and neither has the feed`);
  });
  return problems;
}
