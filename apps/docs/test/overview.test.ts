/**
 * The built site without a browser: every page the docs link exists, generated from the packages
 * as they are built, and the plain page and the guides pin exactly the bytes of the CDN build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getTool, listTools } from '@ai-training-verdict/sdk';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OLD_ID, EXAMPLE_UNVERIFIED_ID, exampleTool } from '../src/examples.js';
import { distDir, site, storyIndex, toolStoryId } from './browser.js';

const require = createRequire(import.meta.url);
const widgetDir = dirname(require.resolve('@ai-training-verdict/widget/package.json'));
const widget = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8'));
const index = storyIndex();

describe('the built docs site', () => {
  it('has a story for every tool of the dataset, named after it, and no other', async () => {
    for (const { id } of listTools()) {
      const record = await getTool(id);
      expect(toolStoryId(record.name), `no story named "${record.name}"`).toBeDefined();
    }
    const stories = Object.values(index.entries)
      .filter((entry) => entry.type === 'story' && entry.title === 'ai-training-verdict/Tools')
      .map((entry) => entry.name);
    expect(stories).toEqual(listTools().map((tool) => tool.name));
  });

  it('lists the tools of the dataset, in its order, for the overview, the generator and the plain page', () => {
    // site.json is what the overview, the no-JS guide and the generator list the tools from.
    expect(site.tools.map((tool) => [tool.id, tool.name])).toEqual(
      listTools().map((tool) => [tool.id, tool.name]),
    );
    expect(Object.keys(site.embeds).sort()).toEqual(
      listTools()
        .map((tool) => tool.id)
        .sort(),
    );
    const plain = readFileSync(join(distDir, 'plain', 'index.html'), 'utf8');
    for (const { id } of listTools()) {
      expect(plain).toContain(`<ai-training-verdict tool="${id}" heading-level="2">`);
    }
    expect(plain).toContain(
      `<ai-training-table tools="${listTools()
        .map((t) => t.id)
        .join(' ')}">`,
    );
  });

  it('serves an examples release: the real records, an example redirect and a made-up record', () => {
    const release = JSON.parse(
      readFileSync(join(distDir, 'releases', 'examples', 'data.json'), 'utf8'),
    );
    const real = JSON.parse(
      readFileSync(require.resolve('@ai-training-verdict/data/data.json'), 'utf8'),
    );
    for (const { id } of listTools()) expect(release.tools[id]).toEqual(real.tools[id]);
    expect(release.redirects[EXAMPLE_OLD_ID]).toMatchObject({
      kind: 'moved',
      redirectTo: exampleTool(site).id,
    });
    const unverified = release.tools[EXAMPLE_UNVERIFIED_ID];
    expect(unverified).toMatchObject({ kind: 'tool', id: EXAMPLE_UNVERIFIED_ID });
    expect(unverified.lastVerified).toBeUndefined();
    expect(listTools().map((tool) => tool.id)).not.toContain(EXAMPLE_UNVERIFIED_ID);
  });

  it('has API docs for both elements, fed by the widget’s custom-elements.json', () => {
    expect(index.entries['ai-training-verdict-tools--docs']?.type).toBe('docs');
    expect(index.entries['ai-training-table-examples--docs']?.type).toBe('docs');
    const manifest = JSON.parse(readFileSync(join(widgetDir, widget.customElements), 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
    );
    expect(tags).toEqual(expect.arrayContaining(['ai-training-verdict', 'ai-training-table']));
  });

  for (const entry of ['ai-training-verdict', 'ai-training-table']) {
    it(`pins the version and the integrity hash of the CDN build's ${entry}.js`, () => {
      const bytes = readFileSync(join(widgetDir, 'cdn', `${entry}.js`));
      const hash = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      expect(site.scripts[entry]).toEqual({
        url: `https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@${widget.version}/cdn/${entry}.js`,
        integrity: hash,
      });
      // The site serves the same bytes, for the plain page and the generator's preview.
      expect(readFileSync(join(distDir, 'cdn', `${entry}.js`)).equals(bytes)).toBe(true);
    });
  }

  it("pins each tool's record chunk with its integrity hash, for the snippet's preload", () => {
    const ids = listTools().map(({ id }) => id);
    expect(Object.keys(site.recordChunks).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const bytes = readFileSync(join(widgetDir, 'cdn', 'tools', `${id}.js`));
      expect(site.recordChunks[id]).toEqual({
        url: `https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@${widget.version}/cdn/tools/${id}.js`,
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      });
    }
  });

  it('pins the chunk the CDN entry imports to compare a pre-rendered card, for the snippet', () => {
    const entry = readFileSync(join(widgetDir, 'cdn', 'ai-training-verdict.js'), 'utf8');
    const file = site.hydrationChunk.url.split('/cdn/')[1]!;
    expect(entry).toContain(`"./${file}"`);
    expect(file).toMatch(/^prerendered-[\w-]+\.js$/);
    const bytes = readFileSync(join(widgetDir, 'cdn', file));
    expect(site.hydrationChunk).toEqual({
      url: `https://cdn.jsdelivr.net/npm/@ai-training-verdict/widget@${widget.version}/cdn/${file}`,
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    });
    // The site serves the same bytes, for the generator's preview.
    expect(readFileSync(join(distDir, 'cdn', file)).equals(bytes)).toBe(true);
  });

  it('serves a plain page and the no-JS embeds of every tool', () => {
    expect(existsSync(join(distDir, 'plain', 'index.html'))).toBe(true);
    for (const { id } of listTools()) {
      for (const file of [`badges/${id}.svg`, `cards/${id}.html`, `embed/${id}.html`]) {
        expect(existsSync(join(distDir, 'static', file))).toBe(true);
      }
    }
  });
});
