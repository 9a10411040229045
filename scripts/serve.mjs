#!/usr/bin/env node
// `npm start`'s server (scripts/run.mjs builds first): the docs site (apps/docs/dist, port 6006)
// and the public site (apps/site/dist, port 6010) side by side, each with the docs' static server,
// and both addresses printed. Each moves to the next free port when its own is taken.
import { docsAddresses, startServer } from '../apps/docs/scripts/serve.mjs';
import { serveSite, siteAddresses } from '../apps/site/scripts/serve.mjs';

const docs = await startServer();
const site = await serveSite({ port: 6010 });
process.stdout.write(`\n${docsAddresses(docs)}\n${siteAddresses(site)}\n(press Ctrl+C to stop)\n`);
