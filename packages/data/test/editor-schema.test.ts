/**
 * An editor validating a record with the generated JSON Schema (ajv, as the YAML language server
 * does) must refuse what `validate` refuses and accept what it accepts, for the values a pattern
 * alone cannot judge: calendar dates and URLs; and for the text rule, whose patterns use Unicode
 * properties (`\p{Bidi_C}`), which the editor must read as validate does. Only the canonical form of a
 * URL is left to validate: an editor refuses what is not a URL, not every other spelling of one.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit records freely to break them */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../src/schema.js';
import { recordJsonSchema } from '../src/node/json-schema.js';
import { validateRecordSources } from '../src/node/validate.js';
import { fixturesDir } from './helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const editor = ajv.compile(recordJsonSchema());
const fixture = readFileSync(`${fixturesDir}/valid/minimal.yaml`, 'utf8');

type Edit = (record: Record<string, any>) => void;
const edited = (edit: Edit) => {
  const record = parse(fixture) as Record<string, any>;
  edit(record);
  return record;
};
const editorAccepts = (edit: Edit) => editor(edited(edit)) === true;
const validateAccepts = (edit: Edit) =>
  validateRecordSources([{ file: 'minimal.yaml', text: JSON.stringify(edited(edit)) }], {
    now: new Date('2026-03-01T00:00:00Z'),
    staleness: false,
  }).errorCount === 0;

describe('the JSON Schema editors use', () => {
  it('should accept the valid fixture, as validate does', () => {
    expect(editorAccepts(() => {})).toBe(true);
    expect(validateAccepts(() => {})).toBe(true);
  });

  describe('when a date is not a real calendar date', () => {
    for (const date of ['2026-13-45', '2025-02-30', '2026-00-10', '2023-02-29']) {
      it(`should refuse ${date} in a tier's since and in a redirect's date, as validate does`, () => {
        const since: Edit = (r) => (r.tiers[0].since = date);
        expect(editorAccepts(since)).toBe(false);
        expect(validateAccepts(since)).toBe(false);
        const redirect = { kind: 'moved', id: 'old', redirectTo: 'minimal', reason: 'Renamed.' };
        expect(editor({ ...redirect, date })).toBe(false);
        expect(editor({ ...redirect, date: '2024-02-29' })).toBe(true);
      });
    }
  });

  describe('when text breaks the text rule (issue 23)', () => {
    it('should refuse a bidi control, a line break and a name that looks like markup, as validate does', () => {
      const edits: Edit[] = [
        (r) => (r.tiers[0].label = 'Free \u202Eyad 7 rof'),
        (r) => (r.headline.summary = 'The terms let the vendor\ntrain its models.'),
        (r) => (r.vendor = '<img src=x onerror=alert(1)>'),
        (r) => (r.name = 'Example &#x202E;Writer'),
      ];
      for (const edit of edits) {
        expect(editorAccepts(edit)).toBe(false);
        expect(validateAccepts(edit)).toBe(false);
      }
    });

    it('should accept names with & in them and prose with >, as validate does', () => {
      const edit: Edit = (r) => {
        r.vendor = 'AT&T';
        r.name = 'Q&A Writer';
        r.tiers[0].detail = 'Turn it off in Settings > Data Controls.';
      };
      expect(editorAccepts(edit)).toBe(true);
      expect(validateAccepts(edit)).toBe(true);
    });
  });

  describe('when a URL is not a valid https URL', () => {
    it('should refuse one with spaces in the host and path, as validate does', () => {
      const url: Edit = (r) => (r.sources[0].url = 'https://exa mple.com/a b');
      expect(editorAccepts(url)).toBe(false);
      expect(validateAccepts(url)).toBe(false);
    });
  });
});

describe('isIsoDate', () => {
  it('should accept every real date of the years 0000 to 0099, which Date.UTC would move to 19xx', () => {
    expect(
      ['0000-01-01', '0001-12-31', '0099-06-15', '0004-02-29', '2000-02-29'].every(isIsoDate),
    ).toBe(true);
  });

  it('should refuse days that do not exist, leap years included', () => {
    expect(
      ['0100-02-29', '1900-02-29', '2025-02-29', '2025-04-31', '2025-12-32'].some(isIsoDate),
    ).toBe(false);
  });
});
