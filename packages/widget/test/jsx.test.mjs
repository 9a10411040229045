// The JSX typings (src/jsx.ts) as a React 19 + TypeScript user meets them: test/fixtures/react-jsx
// compiles valid usage and proves, with `@ts-expect-error`, that wrong attributes and values are
// errors; test/fixtures/no-react shows the typings cost nothing to a project without React.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { packageDir, requireBuild } from './lib/cdn-files.mjs';

function tsc(fixture) {
  const result = spawnSync(
    process.execPath,
    [
      join(packageDir, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(packageDir, 'test', 'fixtures', fixture, 'tsconfig.json'),
      '--pretty',
      'false',
    ],
    { cwd: packageDir, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('JSX typings for React 19', () => {
  before(requireBuild); // the fixtures import the package by name, i.e. its built dist/*.d.ts

  it('type-check valid usage and reject wrong attributes, values and event types', () => {
    const { status, output } = tsc('react-jsx');
    assert.equal(output, '');
    assert.equal(status, 0);
  });

  it('do not break a TypeScript project without React, even with skipLibCheck off', () => {
    const { status, output } = tsc('no-react');
    assert.equal(output, '');
    assert.equal(status, 0);
  });
});
