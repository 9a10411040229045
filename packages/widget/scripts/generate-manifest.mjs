#!/usr/bin/env node
// Writes custom-elements.json (see scripts/lib/manifest.mjs). Run `pnpm manifest` after changing an
// element's attributes, events, slots, parts, custom properties or their JSDoc, and commit the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateManifest, MANIFEST_FILE } from './lib/manifest.mjs';

const text = await generateManifest();
let previous = '';
try {
  previous = readFileSync(MANIFEST_FILE, 'utf8');
} catch {
  // first generation
}
if (previous === text) {
  process.stdout.write('custom-elements.json is up to date\n');
} else {
  writeFileSync(MANIFEST_FILE, text);
  process.stdout.write('custom-elements.json written\n');
}
