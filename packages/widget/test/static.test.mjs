// The no-JavaScript embeds in static/ (scripts/build-static.mjs, drawn by src/static/*.ts: a badge,
// a card, an embed page and the pre-rendered card per tool and language) for every record of the real, bundled dataset.
// Only what must hold for every record is checked, so no tool is named: each is rendered without
// error and is what the package ships, names the tool with its headline verdict and every tier,
// and links only https addresses, each with rel="noopener noreferrer", the last its feed of policy
// changes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { xmlText as escapeText } from '@ai-training-verdict/data/output';
import {
  dataVersion,
  getTool,
  listTools,
  READER_LOCALES as LANGUAGES,
} from '@ai-training-verdict/sdk';
import * as cheerio from 'cheerio';
import { SaxesParser } from 'saxes';
// The element's own modules, from dist/: the words (stringsFor), the static embeds
// (src/static/*.ts) and the pre-render (src/prerender.ts), the one the docs site calls too.
import { stringsFor as loadStrings } from '../dist/internal/i18n.js';
import { prerenderCard } from '../dist/prerender.js';
import { badgeText, renderBadge } from '../dist/static/badge.js';
import { renderCard, renderEmbedPage } from '../dist/static/card.js';
import { packageDir, requireBuild } from './lib/cdn-files.mjs';

const staticDir = join(packageDir, 'static');
const read = (file) => readFileSync(join(staticDir, file), 'utf8');

/** Every `<a …>` of an HTML fragment, as its attributes. */
const links = (html) =>
  cheerio
    .load(
      html,
      null,
      false,
    )('a')
    .toArray()
    .map((a) => a.attribs);

/** What a reader of an HTML fragment reads: its text, with white space collapsed. */
const textOf = (html) => cheerio.load(html, null, false).root().text().replace(/\s+/g, ' ');

describe('static/: the no-JS embeds of every tool', () => {
  const ids = listTools().map((entry) => entry.id);
  const strings = {};

  before(async () => {
    requireBuild();
    for (const lang of LANGUAGES) strings[lang] = await loadStrings(lang);
  });

  it('lists every tool of the dataset in index.json, in every language, and nothing else', () => {
    const index = JSON.parse(read('index.json'));
    assert.equal(index.dataVersion, dataVersion);
    assert.deepEqual(index.languages, [...LANGUAGES]);
    assert.deepEqual(Object.keys(index.tools).sort(), [...ids].sort());
    for (const [id, entry] of Object.entries(index.tools)) {
      assert.deepEqual(Object.keys(entry.languages), [...LANGUAGES], id);
      for (const files of Object.values(entry.languages)) {
        for (const file of [files.badge, files.card, files.embed, files.prerendered]) {
          assert.ok(existsSync(join(staticDir, file)), `${file} is in static/`);
        }
      }
    }
  });

  for (const id of ids) {
    for (const lang of LANGUAGES) {
      const suffix = lang === 'en' ? '' : `.${lang}`;

      it(`renders "${id}" in ${lang}: as shipped, with its name, verdict, tiers and safe links`, async () => {
        const record = await getTool(id);
        const t = strings[lang];
        const look = { strings: t, version: dataVersion };
        const card = renderCard(record, look);
        const badge = renderBadge(record, look);
        const embed = renderEmbedPage(record, look);
        // What the package ships is what the records render to today.
        assert.equal(read(`cards/${id}${suffix}.html`), card);
        assert.equal(read(`badges/${id}${suffix}.svg`), badge);
        assert.equal(read(`embed/${id}${suffix}.html`), embed);
        assert.equal(
          read(`prerendered/${id}${suffix}.html`),
          `${await prerenderCard(record, { lang })}\n`,
        );

        const text = textOf(card);
        const squeeze = (value) => value.replace(/\s+/g, ' ');
        assert.ok(text.includes(squeeze(record.name)), 'the card names the tool');
        const verdict = t.headlineVerdict[record.headline.verdict];
        assert.ok(verdict, `${lang} has a label for ${record.headline.verdict}`);
        assert.ok(text.includes(squeeze(verdict)), `the card says "${verdict}"`);
        for (const tier of record.tiers) {
          assert.ok(text.includes(squeeze(tier.label)), `the card lists the tier ${tier.id}`);
          const label = t.tierVerdict[tier.verdict];
          assert.ok(label && text.includes(squeeze(label)), `tier ${tier.id}: "${label}"`);
        }
        const anchors = links(card);
        assert.deepEqual(
          anchors.map((a) => a.href),
          [
            ...(record.officialSite ? [record.officialSite] : []),
            // Each source's page, then the archived copy of the version quoted, when it has one.
            ...record.sources.flatMap((source) => [
              ...(source.url ? [source.url] : []),
              ...(source.archived ? [source.archived.permalink] : []),
            ]),
            // Last, the tool's feed of policy changes ("Follow changes").
            feedUrl(record.id),
          ],
        );
        for (const a of anchors) {
          assert.match(a.href, /^https:\/\//);
          assert.equal(a.rel, 'noopener noreferrer');
        }

        assert.ok(
          cheerio.load(card, null, false)('a').last().text().includes(t.followChanges),
          `the card's last link says "${t.followChanges}"`,
        );

        const { title } = badgeText(record, t);
        assert.ok(badge.includes(`<title>${escapeText(title)}</title>`), 'the badge has a title');
        assert.ok(badge.includes(escapeText(record.name)));
        assert.ok(embed.includes(card), 'the embed page holds the card');
        assert.match(
          embed,
          /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
        );
      });
    }
  }
});

describe('static cards, on the fixture release', () => {
  it('say a verdict whose quote is gone from its source needs re-verification, as the live card does', async () => {
    const release = JSON.parse(
      readFileSync(join(packageDir, 'test', 'fixtures', 'releases', 'valid.json'), 'utf8'),
    );
    const look = { strings: await loadStrings('en') };
    // lumen-notes' one tier rests on lumen-terms, marked quote-not-found; scribble-pad's do not.
    const gone = renderCard(release.tools['lumen-notes'], look);
    assert.equal(
      gone.split(look.strings.needsReverification).length - 1,
      1,
      'one tier needs re-verification',
    );
    assert.ok(textOf(gone).includes(look.strings.quoteNotFound));
    assert.ok(
      !renderCard(release.tools['scribble-pad'], look).includes(look.strings.needsReverification),
    );
  });
});

describe('the SVG badge, given hostile record text', () => {
  it('parses as well-formed XML and shows the text: what XML forbids dropped, markup as text', async () => {
    const release = JSON.parse(
      readFileSync(join(packageDir, 'test', 'fixtures', 'releases', 'valid.json'), 'utf8'),
    );
    const record = structuredClone(release.tools['scribble-pad']);
    // C0 controls, both noncharacters XML forbids, lone surrogates, then markup and an entity.
    record.name =
      'Pad\u0001\u001b[31m\uFFFE\uFFFF\uDC00\uD800 </text><script>x</script> &amp; "q" \'a\'';
    const look = { strings: await loadStrings('en') };
    const badge = renderBadge(record, look);

    const errors = [];
    const texts = [];
    const labels = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => errors.push(error.message));
    parser.on(
      'opentag',
      (tag) => tag.attributes['aria-label'] && labels.push(tag.attributes['aria-label'].value),
    );
    parser.on('text', (text) => text.trim() && texts.push(text));
    parser.write(badge).close();
    assert.deepEqual(errors, []);
    assert.doesNotMatch(
      badge,
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );

    const shown = 'Pad[31m </text><script>x</script> &amp; "q" \'a\'';
    const verdict = badgeText(record, look.strings).verdict;
    // The title, the name and the verdict, as text; the same title as the label.
    assert.deepEqual(texts, [`${shown}: ${verdict}`, shown, verdict]);
    assert.deepEqual(labels, [`${shown}: ${verdict}`]);
  });
});
