// The kinds of change between two releases are one list (src/node/change-kinds.ts); the bump of
// each, its line in the release note and the order the note says them come from it.
import { describe, expect, it } from 'vitest';
import {
  BUMP_OF,
  BUMPS,
  DATA_CHANGE_KINDS,
  SCHEMA_CHANGE_KINDS,
  type DataChange,
  type DataChangeKind,
} from '../src/node/change-kinds.js';
import { changeLine, releaseNote, type NoteLabels } from '../src/node/release-note.js';
import { HEADLINE_VERDICTS, TIER_VERDICTS } from '../src/vocabulary.js';

const labels: NoteLabels = {
  tierVerdict: Object.fromEntries(TIER_VERDICTS.map((v) => [v, `Tier ${v}`])) as never,
  headlineVerdict: Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, `Head ${v}`])) as never,
};

/** A change of `kind` to the fictional tool "Quill", with every field a line may name. */
const change = (kind: DataChangeKind): DataChange => ({
  kind,
  bump: BUMP_OF[kind],
  id: 'quill',
  name: 'Quill',
  tier: { id: 'free', label: 'Free' },
  before: TIER_VERDICTS[0],
  after: TIER_VERDICTS[1],
  redirectTo: 'quill-chat',
  fields: ['sources'],
});

describe('the kinds of change', () => {
  it('each have a bump and a line of their own in the release note', () => {
    const lines = DATA_CHANGE_KINDS.map((kind) => changeLine(change(kind), labels));
    for (const line of lines) expect(line).not.toMatch(/undefined/);
    expect(new Set(lines).size).toBe(DATA_CHANGE_KINDS.length);
    for (const kind of DATA_CHANGE_KINDS) expect(BUMPS).toContain(BUMP_OF[kind]);
  });

  it('are said in the order of the list for one tool, the schema first', () => {
    const shuffled = [...DATA_CHANGE_KINDS].reverse().map(change);
    const note = releaseNote(shuffled, labels).split('\n');
    const inOrder = [
      ...SCHEMA_CHANGE_KINDS,
      ...DATA_CHANGE_KINDS.filter((k) => !(SCHEMA_CHANGE_KINDS as readonly string[]).includes(k)),
    ].map((kind) => `- ${changeLine(change(kind), labels)}`);
    expect(note).toStrictEqual(inOrder);
  });
});
