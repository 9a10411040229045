import type { Source, ToolRecord } from '@ai-training-verdict/data/schema';
import { describe, expect, it } from 'vitest';
import { sourceEvidence } from '../src/index.js';
import { fixtureRecord } from './fixtures/dataset.js';

/** A fixture record whose only sources are `sources`. */
const withSources = (...sources: Source[]): ToolRecord => ({
  ...fixtureRecord('lumen-draft'),
  sources,
});
const words = (record: ToolRecord, id: string) =>
  sourceEvidence(
    record,
    record.sources.find((s) => s.id === id)!,
  ).lines.join(' · ');

describe('sourceEvidence', () => {
  it('should say a vendor quote was read in the live page, and on which day', () => {
    const record = withSources({
      id: 'terms',
      url: 'https://vendor.example/terms',
      kind: 'terms',
      quote: 'We train on your inputs.',
      confirmation: { method: 'live-page', date: '2026-01-10' },
    });
    expect(words(record, 'terms')).toBe(
      "The vendor's own page · Quote read in the live page on 2026-01-10",
    );
  });

  it("should name the stored copy's capture date when it is known", () => {
    const record = withSources({
      id: 'help',
      url: 'https://vendor.example/help',
      kind: 'help-center',
      quote: 'Opt out in Settings.',
      confirmation: { method: 'stored-copy', date: '2026-02-01', captured: '2025-12-24' },
    });
    expect(words(record, 'help')).toBe(
      "The vendor's own page · Quote read in a stored copy captured 2025-12-24 on 2026-02-01",
    );
  });

  it('should say a quote only a secondary page gives is not yet confirmed, naming that page and its author', () => {
    const record = withSources(
      {
        id: 'terms',
        url: 'https://vendor.example/terms',
        kind: 'terms',
        quote: 'We train on your inputs.',
        confirmation: { method: 'secondary-only', via: 'summary' },
      },
      {
        id: 'summary',
        document: 'Does Vendor train on your data?',
        kind: 'secondary',
        attribution: 'An aggregator',
      },
    );
    expect(words(record, 'terms')).toBe(
      "The vendor's own page · Quoted by “Does Vendor train on your data?”; not yet confirmed in the vendor's own text",
    );
    expect(sourceEvidence(record, record.sources[1]!)).toEqual({
      origin: 'secondary',
      lines: [
        'A secondary summary (a lead, not the basis of a verdict)',
        'Written by An aggregator',
      ],
    });
  });

  it('should never claim more than the record says', () => {
    const record = withSources(
      { id: 'faq', url: 'https://vendor.example/faq', quote: 'We never look.' },
      { id: 'news', url: 'https://news.example/story', kind: 'news' },
      {
        id: 'ours',
        document: 'Our reading of the terms',
        kind: 'analysis',
        attribution: 'The project',
      },
    );
    expect(words(record, 'faq')).toBe(
      'Kind of source not recorded · How this quote was confirmed is not recorded',
    );
    expect(words(record, 'news')).toBe('News coverage');
    expect(words(record, 'ours')).toBe('Analysis · Written by The project');
  });
});
