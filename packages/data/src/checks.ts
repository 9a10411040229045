/**
 * The dataset check: every rule about records that a schema cannot express, in one place and
 * without zod, so the same code judges a record while it is authored (`validate`), when the
 * package is built, and when a reader loads a release from a URL (the SDK's `createClient`).
 *
 * Each rule works on unknown, possibly malformed data, so a record with schema errors still gets
 * every other problem reported in the same run.
 */
import { deriveHeadlineVerdict, deriveZdrDpa } from './derive.js';
import { ID_PATTERN } from './ids.js';
import {
  HEADLINE_VERDICTS,
  OFFER_AVAILABILITY,
  TIER_VERDICTS,
  type OfferAvailability,
  type TierVerdict,
} from './vocabulary.js';

/** Where in a record (or a dataset) a finding is: `['tiers', 0, 'verdict']`. */
export type FieldPath = ReadonlyArray<string | number>;

/** A problem found by a rule, before it is located in a file. */
export interface Finding {
  path: FieldPath;
  message: string;
  expected?: string;
  severity: 'error' | 'warning';
  /** Stable id of the rule that found it. */
  rule: string;
  /** Point at the key rather than the value (for fields that should not be there). */
  atKey?: boolean;
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const has = (values: readonly string[], v: unknown): boolean =>
  typeof v === 'string' && values.includes(v);

/**
 * Calls `visit` for every value in the tree with its path. The path is one array the walk changes
 * as it goes (a new one for every value was most of the walk's time): copy it to keep it.
 */
export function walk(
  value: unknown,
  visit: (value: unknown, path: FieldPath) => void,
  path: Array<string | number> = [],
): void {
  visit(value, path);
  if (typeof value !== 'object' || value === null) return;
  const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
  for (const key of keys) {
    path.push(key);
    walk((value as Dict)[key], visit, path);
    path.pop();
  }
}

/**
 * The rules inside one tool record: the values derived from other fields (the headline verdict
 * from the tiers, the ZDR / DPA badge from the ZDR and DPA parts) and every reference from one
 * part of the record to another (sources, tiers, clauses).
 */
export function checkToolRecord(
  data: unknown,
  options: {
    /**
     * The record as a maintainer wrote it (the default), rather than as a dataset publishes it.
     * An authored record should not type what the build derives: a stored copy that agrees is a
     * warning, and a ZDR / DPA badge that differs from its parts needs a reason. A published
     * record always carries both, and releases before 0.2 typed the badge by hand, so a reader
     * pinned to such a release keeps its data.
     */
    authored?: boolean;
  } = {},
): Finding[] {
  if (!isDict(data)) return [];
  const authored = options.authored ?? true;
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);
  checkHeadline(data, authored, add);
  if (authored) checkZdrDpa(data, add);
  checkReferences(data, add);
  return findings;
}

/** A warning for a derived value an author typed anyway, agreeing: a second copy can only drift. */
const storedCopy = (path: FieldPath, from: string): Finding => ({
  path,
  message: `is derived from ${from} when the record is built; a stored copy can only drift`,
  expected: `no ${path.join('.')} line`,
  severity: 'warning',
  rule: 'derived-stored',
  atKey: true,
});

function checkHeadline(data: Dict, authored: boolean, add: (f: Finding) => void) {
  if (!isDict(data.headline) || !('verdict' in data.headline)) return;
  const stored = data.headline.verdict;
  if (!has(HEADLINE_VERDICTS, stored)) return; // the schema reports it
  const tiers = list(data.tiers).filter(isDict);
  if (tiers.length === 0 || !tiers.every((tier) => has(TIER_VERDICTS, tier.verdict))) return;
  const derived = deriveHeadlineVerdict(
    tiers.map((tier) => ({ verdict: tier.verdict as TierVerdict })),
  );
  const table = tiers.map((tier) => `${String(tier.id)}: ${String(tier.verdict)}`).join(', ');
  if (derived !== stored) {
    add({
      path: ['headline', 'verdict'],
      message: `is "${String(stored)}" but the tiers (${table}) make it "${derived}"`,
      expected: `"${derived}", or correct the tier verdicts`,
      severity: 'error',
      rule: 'headline-consistent',
    });
  } else if (authored) add(storedCopy(['headline', 'verdict'], 'the tiers'));
}

function checkZdrDpa(data: Dict, add: (f: Finding) => void) {
  const handling = data.dataHandling;
  if (!isDict(handling) || !('zdrDpa' in handling)) return;
  const stored = handling.zdrDpa;
  if (!has(OFFER_AVAILABILITY, stored)) return;
  const part = (key: 'zdr' | 'dpa'): OfferAvailability | undefined => {
    const value = isDict(handling[key]) ? (handling[key] as Dict).availability : undefined;
    return has(OFFER_AVAILABILITY, value) ? (value as OfferAvailability) : undefined;
  };
  const derived = deriveZdrDpa({ zdr: part('zdr'), dpa: part('dpa') });
  if (str(handling.zdrDpaReason)) return; // a stated exception: the record says why
  if (derived === stored) {
    add(storedCopy(['dataHandling', 'zdrDpa'], 'the zdr and dpa parts'));
    return;
  }
  add({
    path: ['dataHandling', 'zdrDpa'],
    message: `is "${String(stored)}" but the ZDR and DPA parts make it "${derived}"`,
    expected: `no zdrDpa (the build derives "${derived}"), or the reason in dataHandling.zdrDpaReason`,
    severity: 'error',
    rule: 'zdr-dpa-consistent',
  });
}

function ids(value: unknown): Set<string> {
  return new Set(
    list(value).flatMap((item) => (isDict(item) && str(item.id) ? [str(item.id)!] : [])),
  );
}

function checkReferences(data: Dict, add: (f: Finding) => void) {
  const targets = { source: ids(data.sources), tier: ids(data.tiers), clause: ids(data.clauses) };
  const check = (kind: keyof typeof targets, ref: unknown, path: FieldPath) => {
    if (typeof ref !== 'string' || !ID_PATTERN.test(ref) || targets[kind].has(ref)) return;
    const known = [...targets[kind]];
    add({
      path: [...path], // the walk's own path changes as it goes on
      message: `refers to ${kind} "${ref}", which this record does not have`,
      expected: known.length ? `one of: ${known.join(', ')}` : `a ${kind} defined in this record`,
      severity: 'error',
      rule: 'unknown-ref',
    });
  };
  walk(data, (value, path) => {
    const key = path[path.length - 1];
    const parent = path[path.length - 2];
    if (path.length > 1 && key === 'sources' && Array.isArray(value)) {
      value.forEach((ref, i) => check('source', ref, [...path, i]));
    } else if (key === 'source' && parent !== undefined) {
      check('source', value, path);
    } else if (key === 'appliesTo' && Array.isArray(value)) {
      value.forEach((ref, i) => check('tier', ref, [...path, i]));
    } else if (key === 'tier' && path[0] === 'history') {
      check('tier', value, path);
    } else if (key === 'clause' && path[0] === 'compliance') {
      check('clause', value, path);
    } else if (
      (key === 'via' && parent === 'confirmation') ||
      (key === 'analysisBy' && path[0] === 'clauses') ||
      (key === 'by' && path[0] === 'compliance' && path.length === 2)
    ) {
      check('source', value, path);
    }
  });
}

/**
 * Where a redirect lands: an existing tool record, not itself and not another redirect.
 * `kindOf(id)` answers `'tool'`, `'moved'` or undefined for an id the dataset does not have.
 */
export function checkRedirect(
  redirect: unknown,
  kindOf: (id: string) => unknown,
  path: FieldPath = [],
): Finding[] {
  if (!isDict(redirect) || typeof redirect.redirectTo !== 'string') return [];
  const target = redirect.redirectTo;
  const targetKind = kindOf(target);
  let message: string | undefined;
  if (target === redirect.id) message = 'points at itself';
  else if (targetKind === undefined) message = `points at "${target}", which is not a record`;
  else if (targetKind !== 'tool')
    message = `points at "${target}", which is itself a redirect; point at the final tool`;
  return message
    ? [
        {
          path: [...path, 'redirectTo'],
          message,
          expected: 'the id of an existing tool record',
          severity: 'error',
          rule: 'redirect-target',
        },
      ]
    : [];
}

/**
 * Checks a whole dataset (`{ tools: { id: record }, redirects: { id: redirect } }`, the shape of
 * `data.json`): each key is its record's id, every record passes `checkToolRecord` (all but the
 * badge rule), and every redirect lands on a tool in one hop. Paths start at the dataset: `['tools', 'x', 'headline', ...]`.
 */
export function checkDataset(dataset: unknown): Finding[] {
  if (!isDict(dataset)) return [];
  const tools = isDict(dataset.tools) ? dataset.tools : {};
  const redirects = isDict(dataset.redirects) ? dataset.redirects : {};
  const findings: Finding[] = [];
  const own = (dict: Dict, id: string) => Object.prototype.hasOwnProperty.call(dict, id);
  const kindOf = (id: string) =>
    own(tools, id) ? 'tool' : own(redirects, id) ? 'moved' : undefined;
  const keyMatches = (group: string, key: string, value: unknown) => {
    const id = isDict(value) ? value.id : undefined;
    if (id !== key) {
      findings.push({
        path: [group, key, 'id'],
        message: `is ${JSON.stringify(id)} but the record is stored under "${key}"`,
        expected: `"${key}"`,
        severity: 'error',
        rule: 'id-matches-key',
      });
    }
  };
  for (const [key, tool] of Object.entries(tools)) {
    keyMatches('tools', key, tool);
    for (const finding of checkToolRecord(tool, { authored: false }))
      findings.push({ ...finding, path: ['tools', key, ...finding.path] });
  }
  for (const [key, redirect] of Object.entries(redirects)) {
    if (own(tools, key)) {
      findings.push({
        path: ['redirects', key],
        message: `"${key}" is both a tool and a redirect`,
        expected: 'each id once',
        severity: 'error',
        rule: 'id-unique',
      });
    }
    keyMatches('redirects', key, redirect);
    findings.push(...checkRedirect(redirect, kindOf, ['redirects', key]));
  }
  return findings;
}
