// Renders the docs overview page from the real records. Record text is escaped: it is data, never HTML.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * @param {{ version: string, tools: Array<import('@ai-training-verdict/data/schema').ToolRecord> }} data
 * @returns {string}
 */
export function renderOverview(data) {
  const cards = data.tools
    .map(
      (tool) => `
    <article class="card" id="${escapeHtml(tool.id)}">
      <h2>${escapeHtml(tool.name)} <small>${escapeHtml(tool.vendor)}</small></h2>
      <p class="answer">${escapeHtml(tool.headline.shortAnswer)}</p>
      <p>${escapeHtml(tool.headline.summary)}</p>
      <table>
        <caption>Verdict by plan tier</caption>
        <thead><tr><th scope="col">Tier</th><th scope="col">Verdict</th><th scope="col">Detail</th></tr></thead>
        <tbody>${tool.tiers
          .map(
            (tier) =>
              `<tr><th scope="row">${escapeHtml(tier.label)}</th><td>${escapeHtml(tier.verdict)}</td><td>${escapeHtml(tier.detail)}</td></tr>`,
          )
          .join('')}</tbody>
      </table>
      <p class="meta">${tool.lastVerified ? `Last verified ${escapeHtml(tool.lastVerified)}` : 'Not verified yet'}</p>
    </article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Does this AI tool train on your data?</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <main>
    <h1>Does this AI tool train on your data?</h1>
    <p>Sourced records from <code>@ai-training-verdict/data</code> ${escapeHtml(data.version)}.</p>
${cards}
  </main>
</body>
</html>
`;
}
