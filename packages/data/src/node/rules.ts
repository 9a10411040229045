/**
 * Rules a schema cannot express. Each works on the raw parsed data, defensively, so that a record
 * with schema errors still gets every other problem reported in the same run.
 */
import { checkToolRecord, walk, type FieldPath, type Finding } from '../checks.js';
import { changeDate, evidenceConfidence, evidenceSeen, newestPolicyChanges } from '../derive.js';
import { ID_PATTERN, isHttpsUrl, isIsoDate } from '../schema.js';
import { ARCHIVES } from '../vocabulary.js';

export type { Finding };

export interface RuleContext {
  /**
   * The record existed before claims had to cite their evidence (issue 9): a claim with no source
   * or a quote with no confirmation is a warning for it, an error for every record added since.
   */
  legacy?: boolean;
  /** File name without directory and extension. */
  basename: string;
  /** Today, as YYYY-MM-DD in UTC. */
  today: string;
  staleness: { enabled: boolean; warnDays: number; errorDays: number };
}

/** Keys whose values are calendar dates. */
const DATE_KEYS = new Set([
  'published',
  'retrieved',
  'since',
  'date',
  'effective',
  'captured',
  'lastSeen',
  'lastVerified',
]);

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function checkRecord(data: unknown, ctx: RuleContext): Finding[] {
  if (!isDict(data)) return [];
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);

  const id = str(data.id);
  if (id !== undefined && ID_PATTERN.test(id) && id !== ctx.basename) {
    add({
      path: ['id'],
      message: `is "${id}" but the file is named "${ctx.basename}"`,
      expected: `"${ctx.basename}", or rename the file to ${id}.yaml`,
      severity: 'error',
      rule: 'id-matches-file',
    });
  }

  // `path` is the walk's own, which changes as it goes on: a finding keeps a copy.
  walk(data, (value, path) => {
    if (typeof value !== 'string') return;
    if (/\bTODO\b/.test(value)) {
      add({
        path: [...path],
        message: 'still holds a TODO placeholder',
        expected: 'content taken from a source, or remove the field if no source gives it',
        severity: 'error',
        rule: 'placeholder',
      });
    }
    const key = path[path.length - 1];
    if (typeof key === 'string' && DATE_KEYS.has(key) && isIsoDate(value) && value > ctx.today) {
      add({
        path: [...path],
        message: `is ${value}, which is in the future`,
        expected: `a date on or before today, ${ctx.today}`,
        severity: 'error',
        rule: 'date-future',
      });
    }
  });

  if (data.kind === 'moved') return findings;

  if ('evidenceSeen' in data) {
    add({
      path: ['evidenceSeen'],
      message: 'is derived from the sources the tiers cite when the record is built',
      expected: 'no evidenceSeen line',
      severity: 'error',
      rule: 'derived-stored',
      atKey: true,
    });
  }
  checkSourceDates(data, add);
  checkArchivedCopies(data, add);
  checkHistoryAgainstTiers(data, add);
  checkEvidence(data, ctx, add);
  checkDuplicateIds(data, add);
  checkDuplicateSources(data, add);
  // The rules the build and the SDK's release loader apply too: one implementation (checks.ts).
  findings.push(...checkToolRecord(data));
  if (ctx.staleness.enabled && data.kind === 'tool') checkStaleness(data, ctx, add);
  return findings;
}

function checkSourceDates(data: Dict, add: (f: Finding) => void) {
  const verified = str(data.lastVerified);
  if (!verified || !isIsoDate(verified)) return;
  list(data.sources).forEach((source, i) => {
    if (!isDict(source)) return;
    for (const key of ['published', 'retrieved'] as const) {
      const date = str(source[key]);
      if (date && isIsoDate(date) && date > verified) {
        add({
          path: ['sources', i, key],
          message: `is ${date}, after the record was last verified (${verified})`,
          expected: `a date on or before lastVerified, or update lastVerified`,
          severity: 'error',
          rule: 'source-after-verification',
        });
      }
    }
  });
}

/**
 * An archived copy is evidence anyone can open, so it must say exactly what a reader will find: a
 * quote read there says so (method archived-copy), in a repository of the archive it names, read
 * from the vendor URL the source gives, with dates in the order they happened.
 */
function checkArchivedCopies(data: Dict, add: (f: Finding) => void) {
  list(data.sources).forEach((source, i) => {
    if (!isDict(source)) return;
    const archived = isDict(source.archived) ? source.archived : undefined;
    const confirmation = isDict(source.confirmation) ? source.confirmation : undefined;
    const method = confirmation ? str(confirmation.method) : undefined;
    const at = (...path: Array<string | number>) => ['sources', i, ...path];
    if (method === 'archived-copy' && !archived) {
      add({
        path: at('confirmation', 'method'),
        message: 'is archived-copy but the source names no archived copy',
        expected:
          'archived: { archive, repository, commit, path, captured, declaredUrls } beside it',
        severity: 'error',
        rule: 'archived-copy',
      });
    }
    if (!archived) return;
    if (method !== 'archived-copy') {
      add({
        path: at('archived'),
        message: `names an archived copy but the quote's confirmation is ${method ?? 'missing'}`,
        expected: 'confirmation: { method: archived-copy, date: the day it was read there }',
        severity: 'error',
        rule: 'archived-copy',
        atKey: true,
      });
    }
    if (confirmation && 'captured' in confirmation) {
      add({
        path: at('confirmation', 'captured'),
        message: 'repeats the capture date, which archived.captured holds',
        expected: 'no confirmation.captured on an archived source',
        severity: 'error',
        rule: 'archived-copy',
        atKey: true,
      });
    }
    const archive = str(archived.archive);
    const repository = str(archived.repository);
    const info =
      archive && archive in ARCHIVES ? ARCHIVES[archive as keyof typeof ARCHIVES] : undefined;
    if (
      info &&
      repository &&
      /^[\w-]+\/[\w.-]+$/.test(repository) &&
      !repository.startsWith(`${info.owner}/`)
    ) {
      add({
        path: at('archived', 'repository'),
        message: `is "${repository}", which is not a repository of ${info.name}`,
        expected: `${info.owner}/<name>`,
        severity: 'error',
        rule: 'archived-copy',
      });
    }
    if ('permalink' in archived) {
      add({
        path: at('archived', 'permalink'),
        message: 'is derived from repository, commit and path when the record is built',
        expected: 'no permalink line',
        severity: 'error',
        rule: 'derived-stored',
        atKey: true,
      });
    }
    const url = str(source.url);
    const declared = list(archived.declaredUrls).flatMap((u) =>
      str(u) && isHttpsUrl(u as string) ? [normaliseUrl(u as string)] : [],
    );
    if (url && declared.length > 0 && !declared.includes(normaliseUrl(url))) {
      add({
        path: at('url'),
        message: 'is not one of the URLs the archive declares for this document',
        expected: `one of: ${list(archived.declaredUrls).join(', ')}`,
        severity: 'error',
        rule: 'archived-copy',
      });
    }
    const captured = str(archived.captured);
    const read = confirmation ? str(confirmation.date) : undefined;
    const lastSeen = str(archived.lastSeen);
    const ordered = (earlier: string | undefined, later: string | undefined) =>
      !earlier || !later || !isIsoDate(earlier) || !isIsoDate(later) || earlier <= later;
    if (!ordered(captured, read)) {
      add({
        path: at('confirmation', 'date'),
        message: `is ${read}, before the archive captured the copy (${captured})`,
        expected: `a date on or after ${captured}`,
        severity: 'error',
        rule: 'archived-dates',
      });
    }
    if (!ordered(captured, lastSeen)) {
      add({
        path: at('archived', 'lastSeen'),
        message: `is ${lastSeen}, before the copy was captured (${captured})`,
        expected: `a date on or after ${captured}`,
        severity: 'error',
        rule: 'archived-dates',
      });
    }
  });
}

/**
 * A policy change is one edit: a tier's verdict and `since` are where its newest policy change
 * ended, so the card, the release note and the feeds cannot disagree. The build fills in what is
 * left out (`withDerivedValues`); what is typed must agree.
 */
function checkHistoryAgainstTiers(data: Dict, add: (f: Finding) => void) {
  const history = list(data.history);
  const sources = list(data.sources).filter(isDict) as Array<{
    id?: string;
    archived?: { captured: string };
  }>;
  const tiers = list(data.tiers);
  const changes = history.filter(isDict) as Array<{ type: string; tier?: string }>;
  if (changes.length !== history.length) return; // the schema reports it
  const newest = newestPolicyChanges({ history: changes, sources });
  tiers.forEach((tier, t) => {
    if (!isDict(tier) || !str(tier.id)) return;
    const index = newest.get(str(tier.id)!);
    if (index === undefined) return;
    const change = history[index] as Dict;
    const after = isDict(change.after) ? change.after : undefined;
    const verdict = after ? str(after.verdict) : undefined;
    if (verdict !== undefined && verdict !== tier.verdict) {
      add({
        path: ['history', index, 'after', 'verdict'],
        message: `is "${verdict}" but tiers[${t}] (${String(tier.id)}), whose newest policy change this is, says "${String(tier.verdict)}"`,
        expected: `"${String(tier.verdict)}", or a newer history entry for the tier (leave after.verdict out: the build takes it from the tier)`,
        severity: 'error',
        rule: 'history-agrees-with-tier',
      });
    }
    const since = str(tier.since);
    const dated = changeDate(change as Parameters<typeof changeDate>[0], sources);
    if (since && dated?.basis === 'effective' && since !== dated.date) {
      add({
        path: ['tiers', t, 'since'],
        message: `is ${since} but the tier's newest policy change (history[${index}]) is dated ${dated.date}`,
        expected: `no since (the build takes ${dated.date} from history[${index}]), or correct the date there`,
        severity: 'error',
        rule: 'history-agrees-with-tier',
      });
    } else if (since && dated?.basis === 'effective') {
      add({
        path: ['tiers', t, 'since'],
        message: `is derived from history[${index}].date when the record is built; a stored copy can only drift`,
        expected: 'no since line',
        severity: 'warning',
        rule: 'derived-stored',
        atKey: true,
      });
    }
  });
  history.forEach((change, i) => {
    if (!isDict(change) || change.type !== 'policy-change') return;
    for (const side of ['before', 'after'] as const) {
      const state = isDict(change[side]) ? (change[side] as Dict) : undefined;
      const ref = state ? str(state.source) : undefined;
      const source = ref ? sources.find((s) => s.id === ref) : undefined;
      if (source && !str((source as Dict).quote)) {
        add({
          path: ['history', i, side, 'source'],
          message: `cites source "${ref}", which holds no quote`,
          expected: `a source whose quote is the sentence in force ${side} the change`,
          severity: 'error',
          rule: 'history-sentence',
        });
      }
    }
  });
}

function checkDuplicateIds(data: Dict, add: (f: Finding) => void) {
  for (const key of ['tiers', 'sources', 'clauses'] as const) {
    const seen = new Map<string, number>();
    list(data[key]).forEach((item, i) => {
      const id = isDict(item) ? str(item.id) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        add({
          path: [key, i, 'id'],
          message: `"${id}" is already used by ${key}[${first}]`,
          expected: `an id unique within ${key}`,
          severity: 'error',
          rule: 'duplicate-id',
        });
      } else seen.set(id, i);
    });
  }
}

function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

function checkDuplicateSources(data: Dict, add: (f: Finding) => void) {
  // A page may be cited more than once, each time for another verbatim quote (a source holds one
  // quote, and a tier should cite the sentence it rests on). Without a quote, or with the same
  // one, a repeat adds nothing but a second line on the card.
  const byUrl = new Map<string, Array<{ index: number; quote: string | undefined }>>();
  const byDocument = new Map<string, number>();
  list(data.sources).forEach((source, i) => {
    if (!isDict(source)) return;
    const url = str(source.url);
    if (url) {
      // Two archived versions of one page are two sources, even with the same sentence.
      const commit = isDict(source.archived) ? str(source.archived.commit) : undefined;
      const key = `${normaliseUrl(url)}${commit ? `@${commit}` : ''}`;
      const quote = str(source.quote);
      const earlier = byUrl.get(key) ?? [];
      const first = earlier.find(
        (e) => quote === undefined || e.quote === undefined || e.quote === quote,
      );
      if (first !== undefined) {
        add({
          path: ['sources', i, 'url'],
          message: `repeats the URL of sources[${first.index}]`,
          expected: 'each source once; cite a page again only for another verbatim quote',
          severity: 'error',
          rule: 'duplicate-source',
        });
      } else byUrl.set(key, [...earlier, { index: i, quote }]);
      return;
    }
    const document = str(source.document);
    if (document) {
      const key = `${document.toLowerCase()}\u0000${str(source.quote) ?? ''}`;
      const first = byDocument.get(key);
      if (first !== undefined) {
        add({
          path: ['sources', i, 'document'],
          message: `repeats sources[${first}] (same document and quote)`,
          expected: 'each source once',
          severity: 'error',
          rule: 'duplicate-source',
        });
      } else byDocument.set(key, i);
    } else {
      add({
        path: ['sources', i],
        message: 'has neither a url nor a document name',
        expected: 'an https url, or the name of the document quoted',
        severity: 'error',
        rule: 'source-identity',
      });
    }
  });
}

/**
 * Staleness is measured from the evidence: the day the record's sources were last seen current
 * (`evidenceSeen`: archived copies still in the archive's newest run, live pages read), else the
 * record's last verification; older than `warnDays`, a warning (the card says "may be out of
 * date"). A verification older than `errorDays` is an error: a maintainer must look again, which
 * an archive that stopped following a page cannot do for them. A record no maintainer has
 * verified says so either way.
 */
function checkStaleness(data: Dict, ctx: RuleContext, add: (f: Finding) => void) {
  const verified = str(data.lastVerified);
  if (verified === undefined) {
    add({
      path: [],
      message: 'has no lastVerified date: no maintainer has confirmed its sources yet',
      expected: 'lastVerified: YYYY-MM-DD once every source has been checked',
      severity: 'warning',
      rule: 'never-verified',
    });
  }
  const dated = (date: string | undefined) => date && isIsoDate(date) && date <= ctx.today;
  const path = verified === undefined ? [] : ['lastVerified'];
  if (dated(verified) && daysBetween(verified!, ctx.today) > ctx.staleness.errorDays) {
    add({
      path,
      message: `is ${daysBetween(verified!, ctx.today)} days old; records must be re-verified within ${ctx.staleness.errorDays} days`,
      expected: 'every source re-checked and lastVerified updated',
      severity: 'error',
      rule: 'stale',
    });
    return;
  }
  const tiers = list(data.tiers).filter(isDict);
  const sources = list(data.sources).filter(isDict);
  const seen = evidenceSeen({ tiers, sources } as unknown as Parameters<typeof evidenceSeen>[0]);
  const basis = seen ?? verified;
  if (!dated(basis)) return;
  const age = daysBetween(basis!, ctx.today);
  if (age > ctx.staleness.warnDays) {
    add({
      path,
      message: `${
        basis === verified
          ? `is ${age} days old`
          : `rests on evidence last seen current on ${basis}, ${age} days ago`
      }; re-verify before ${ctx.staleness.errorDays} days`,
      expected: `a verification within ${ctx.staleness.warnDays} days`,
      severity: 'warning',
      rule: 'stale',
    });
  }
}

/** Paths of the claims that must cite their sources: what a reader is told as fact. */
function claims(data: Dict): Array<{ path: FieldPath; claim: Dict; what: string }> {
  const found: Array<{ path: FieldPath; claim: Dict; what: string }> = [];
  const each = (value: unknown, path: FieldPath, what: string) =>
    list(value).forEach((claim, i) => {
      if (isDict(claim)) found.push({ path: [...path, i], claim, what });
    });
  each(data.tiers, ['tiers'], 'a tier verdict');
  const optOut = isDict(data.optOut) ? data.optOut : undefined;
  if (optOut) each(optOut.methods, ['optOut', 'methods'], 'an opt-out method');
  const handling = isDict(data.dataHandling) ? data.dataHandling : undefined;
  if (handling) {
    each(handling.retention, ['dataHandling', 'retention'], 'a retention period');
    for (const key of ['zdr', 'dpa'] as const) {
      if (isDict(handling[key]))
        found.push({
          path: ['dataHandling', key],
          claim: handling[key] as Dict,
          what: `a ${key.toUpperCase()} fact`,
        });
    }
  }
  list(data.history).forEach((entry, i) => {
    if (isDict(entry) && entry.type !== 're-verified')
      found.push({ path: ['history', i], claim: entry, what: 'a history entry' });
  });
  return found;
}

/** Every claim cites its evidence; every quote says how it was confirmed; third parties are named. */
function checkEvidence(data: Dict, ctx: RuleContext, add: (f: Finding) => void) {
  const severity = ctx.legacy ? 'warning' : 'error';
  const handling = isDict(data.dataHandling) ? data.dataHandling : undefined;
  for (const { path, claim, what } of claims(data)) {
    // "Not known" is the absence of a source, the one claim that needs none.
    if (claim.verdict === 'unknown' || claim.availability === 'unknown') continue;
    const cited = list(claim.sources).length > 0;
    // A ZDR or DPA part may rest on the sources of the whole data-handling block.
    const inherited = path[0] === 'dataHandling' && handling && list(handling.sources).length > 0;
    if (!cited && !inherited) {
      add({
        path,
        message: `is ${what} that cites no source`,
        expected: 'sources: [ids of the sources it rests on]',
        severity,
        rule: 'claim-unsourced',
        atKey: true,
      });
    }
  }
  // A tier's stated confidence may be below what its evidence supports, never above.
  const byId = new Map(
    list(data.sources).flatMap((s) => (isDict(s) && str(s.id) ? [[str(s.id)!, s]] : [])),
  );
  const rank = { low: 0, medium: 1, high: 2 } as const;
  list(data.tiers).forEach((tier, i) => {
    const stated = isDict(tier) ? str(tier.confidence) : undefined;
    if (stated !== 'low' && stated !== 'medium' && stated !== 'high') return;
    const cited = list((tier as Dict).sources).flatMap((id) =>
      byId.has(id as string) ? [byId.get(id as string)!] : [],
    );
    const supported = evidenceConfidence(cited as Parameters<typeof evidenceConfidence>[0]);
    if (rank[stated] > rank[supported]) {
      add({
        path: ['tiers', i, 'confidence'],
        message: `is "${stated}" but its sources support "${supported}" (the vendor's own text read in its page or a copy: high; news: medium; anything else: low)`,
        expected: `"${supported}" or lower, or a source that supports more`,
        severity,
        rule: 'confidence-above-evidence',
      });
    }
  });
  list(data.sources).forEach((source, i) => {
    if (!isDict(source)) return;
    const kind = str(source.kind);
    if ((kind === 'secondary' || kind === 'analysis') && !str(source.attribution)) {
      add({
        path: ['sources', i],
        message: `is ${kind === 'analysis' ? 'analysis' : 'a secondary summary'} with no attribution`,
        expected: 'attribution: who wrote it (the site, service or author)',
        severity: 'error',
        rule: 'attribution-required',
        atKey: true,
      });
    }
    if (str(source.quote) && !isDict(source.confirmation)) {
      add({
        path: ['sources', i, 'quote'],
        message: 'does not say how it was confirmed',
        expected:
          'confirmation: { method: live-page | archived-copy | stored-copy | secondary-only, date, captured, via }',
        severity,
        rule: 'quote-unconfirmed',
        atKey: true,
      });
    }
  });
}
