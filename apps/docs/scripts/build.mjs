// Builds the docs site into dist/ from the published data package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderOverview } from '../src/render.mjs';

const require = createRequire(import.meta.url);
const data = JSON.parse(
  readFileSync(require.resolve('@ai-training-verdict/data/data.json'), 'utf8'),
);
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(
  new URL('index.html', dist),
  renderOverview({ version: data.version, tools: Object.values(data.tools) }),
);
writeFileSync(
  new URL('styles.css', dist),
  `body{font:16px/1.5 system-ui,sans-serif;margin:0;color-scheme:light dark}main{max-width:60rem;margin:auto;padding:1rem}
.card{border:1px solid #8886;border-radius:8px;padding:1rem;margin:1rem 0}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.25rem .5rem;border-top:1px solid #8884}.answer{font-weight:600}
`,
);
process.stdout.write(`docs: built dist/index.html (${Object.keys(data.tools).length} tools)\n`);
