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
import { distDir, site, storyIndex, toolStoryId } from './browser.js';

const require = createRequire(import.meta.url);
const widgetDir = dirname(require.resolve('@ai-training-verdict/widget/package.json'));
const widget = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8'));
const index = storyIndex();

describe('the built docs site', () => {
  it('has a story for every tool of the dataset, named after it', async () => {
    for (const { id } of listTools()) {
      const record = await getTool(id);
      expect(toolStoryId(record.name), `no story named "${record.name}"`).toBeDefined();
    }
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

  it('serves a plain page and the no-JS embeds of every tool', () => {
    expect(existsSync(join(distDir, 'plain', 'index.html'))).toBe(true);
    for (const { id } of listTools()) {
      for (const file of [`badges/${id}.svg`, `cards/${id}.html`, `embed/${id}.html`]) {
        expect(existsSync(join(distDir, 'static', file))).toBe(true);
      }
    }
  });
});
