#!/usr/bin/env node
/**
 * ai-training-verdict-new-tool <id> [--name "Tool"] [--vendor "Vendor"] [--dir records]
 *
 * Writes records/<id>.yaml: a skeleton that fails validation until every TODO is replaced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSkeleton } from '../node/skeleton.js';
import {
  defaultRecordsDir,
  displayPath,
  parseCliArgs,
  runCli,
  writeErr,
  writeOut,
} from './shared.js';

const USAGE = `Usage: ai-training-verdict-new-tool <id> [--name "Tool name"] [--vendor "Vendor"] [--dir folder]

Writes <folder>/<id>.yaml, a record skeleton to fill in from sources.
`;

runCli(() => {
  const args = parseCliArgs(USAGE, {
    name: { type: 'string' },
    vendor: { type: 'string' },
    dir: { type: 'string' },
  });
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  if (positionals.length !== 1) {
    writeErr(`error: give exactly one tool id\n\n${USAGE}`);
    return 2;
  }
  const id = positionals[0]!;
  const text = recordSkeleton(id, values.name, values.vendor);
  const dir = values.dir ?? defaultRecordsDir;
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file)) {
    writeErr(`error: ${displayPath(file)} already exists; edit it instead\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  writeOut(
    `Wrote ${displayPath(file)}.\nFill in every TODO from sources, then run: npm run validate\n`,
  );
  return 0;
});
