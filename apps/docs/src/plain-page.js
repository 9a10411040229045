// The plain page: a blog post written by hand, no framework and no bundler, that loads the CDN
// build with the same snippet the embed generator gives a blogger. Only the script's src differs:
// it points at the copy of cdn/ the docs site serves, because this page must work offline.
import { exampleTool } from './examples.js';
import { elementTag, escapeText, scriptTag } from './snippets.js';

/**
 * @param {import('./snippets.js').SiteInfo} site
 * @returns {string}
 */
export function renderPlainPage(site) {
  // Each card starts a section of the post, so its name is an h2 under the page's h1.
  const cards = site.tools
    .map(
      (tool) =>
        `      ${elementTag(site, { tool: tool.id, headingLevel: 2 }).replace(/\n/g, '\n      ')}`,
    )
    .join('\n');
  // The compact example is the docs site's example tool, picked from the dataset.
  const first = site.tools.length ? exampleTool(site) : undefined;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Which AI tools train on your data? A plain HTML page</title>
    <link rel="icon" type="image/svg+xml" href="../favicon.svg" />
    <style>
      /* A blog theme of its own, as the element meets on real sites. */
      body {
        margin: 0;
        background: #fbfaf6;
        color: #1f1f1f;
        font: 18px/1.7 Georgia, 'Times New Roman', serif;
      }
      main {
        max-width: 42rem;
        margin: 0 auto;
        padding: 1.5rem 1rem 4rem;
      }
      h1,
      h2 {
        font-family: system-ui, sans-serif;
        line-height: 1.2;
      }
      a {
        color: #0b57d0;
      }
      /* The element has no margin of its own: the page spaces it like its other blocks. */
      ai-training-verdict:not([compact]),
      ai-training-table {
        margin: 1.5rem 0;
      }
      .note {
        padding: 0.75rem 1rem;
        border-left: 4px solid #0b57d0;
        background: #eef3fd;
        font-size: 0.9em;
      }
    </style>
  </head>
  <body>
    <main>
      <p><a href="../">← AI training verdict docs</a></p>
      <h1>Which AI tools train on your data?</h1>
      <p class="note">
        This page is plain HTML: no framework, no bundler. It loads the widget with one
        <code>&lt;script type="module"&gt;</code> tag, the snippet from the embed generator, from this
        site's copy of <code>cdn/ai-training-verdict.js</code> (widget ${escapeText(site.widgetVersion)},
        data ${escapeText(site.dataVersion)}). Turn JavaScript off and each card leaves its fallback
        link.
      </p>
      <p>
        In running text, the compact variant fits in a line:
        ${first ? elementTag(site, { tool: first.id, variant: 'compact' }) : ''}.
      </p>
      ${scriptTag(site, { src: '../cdn/ai-training-verdict.js' })}
      <p>Each card below is one element, with a plain link inside for readers without JavaScript.</p>
${cards}

      <h2>Side by side</h2>
      <p>The comparison table is a second element of the same script.</p>
      ${elementTag(site, { variant: 'table' })}
    </main>
  </body>
</html>
`;
}
