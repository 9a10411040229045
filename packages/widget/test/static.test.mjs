// The no-JavaScript embeds in static/ (scripts/build-static.mjs: a badge, a card and an embed page
// per tool and language) for every record of the real, bundled dataset. Only what must hold for
// every record is checked, so no tool is named: each is rendered without error and is what the
// package ships, names the tool with its headline verdict and every tier, and links only https
// addresses, each with rel="noopener noreferrer", the last its feed of policy changes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { feedUrl } from '@ai-training-verdict/data/vocabulary';
import { dataVersion, getTool, listTools } from '@ai-training-verdict/sdk';
import {
  badgeText,
  escapeText,
  LANGUAGES,
  loadColours,
  loadStrings,
  renderBadge,
  renderCard,
  renderEmbedPage,
} from '../scripts/build-static.mjs';
import { packageDir, requireBuild } from './lib/cdn-files.mjs';

const staticDir = join(packageDir, 'static');
const read = (file) => readFileSync(join(staticDir, file), 'utf8');

/** Every `<a …>` of an HTML text, as its attributes. */
const links = (html) =>
  [...html.matchAll(/<a\b([^>]*)>/g)].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    ),
  );

describe('static/: the no-JS embeds of every tool', () => {
  const ids = listTools().map((entry) => entry.id);
  let colours;
  const strings = {};

  before(async () => {
    requireBuild();
    colours = await loadColours();
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
        for (const file of [files.badge, files.card, files.embed]) {
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
        const look = { strings: t, colours, version: dataVersion };
        const card = renderCard(record, look);
        const badge = renderBadge(record, look);
        const embed = renderEmbedPage(record, look);
        // What the package ships is what the records render to today.
        assert.equal(read(`cards/${id}${suffix}.html`), card);
        assert.equal(read(`badges/${id}${suffix}.svg`), badge);
        assert.equal(read(`embed/${id}${suffix}.html`), embed);

        assert.ok(card.includes(escapeText(record.name)), 'the card names the tool');
        const verdict = t.headlineVerdict[record.headline.verdict];
        assert.ok(verdict, `${lang} has a label for ${record.headline.verdict}`);
        assert.ok(card.includes(escapeText(verdict)), `the card says "${verdict}"`);
        for (const tier of record.tiers) {
          assert.ok(card.includes(escapeText(tier.label)), `the card lists the tier ${tier.id}`);
          const label = t.tierVerdict[tier.verdict];
          assert.ok(label && card.includes(escapeText(label)), `tier ${tier.id}: "${label}"`);
        }
        const anchors = links(card);
        assert.deepEqual(
          anchors.map((a) => a.href),
          [
            ...(record.officialSite ? [record.officialSite] : []),
            ...record.sources.flatMap((source) => (source.url ? [source.url] : [])),
            // Last, the tool's feed of policy changes ("Follow changes").
            feedUrl(record.id),
          ].map(escapeText),
        );
        for (const a of anchors) {
          assert.match(a.href, /^https:\/\//);
          assert.equal(a.rel, 'noopener noreferrer');
        }

        assert.ok(
          card.includes(`>${escapeText(t.followChanges)}</a>`),
          `the card says "${t.followChanges}"`,
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
    const look = { strings: await loadStrings('en'), colours: await loadColours() };
    // lumen-notes' one tier rests on lumen-terms, marked quote-not-found; scribble-pad's do not.
    const gone = renderCard(release.tools['lumen-notes'], look);
    assert.equal(
      gone.split(look.strings.needsReverification).length - 1,
      1,
      'one tier needs re-verification',
    );
    assert.ok(gone.includes(escapeText(look.strings.quoteNotFound)));
    assert.ok(
      !renderCard(release.tools['scribble-pad'], look).includes(look.strings.needsReverification),
    );
  });
});
