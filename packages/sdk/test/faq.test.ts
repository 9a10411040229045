import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  faq,
  getTool,
  jsonLd,
  jsonLdScript,
  labels,
  listTools,
  serializeJsonLd,
  type ToolRecord,
} from '../src/index.js';
import { fixtureRecord } from './fixtures/dataset.js';

/**
 * The "Frequently asked questions" section of a seed page (test/seeds, verbatim copies of the pages
 * the records were written from), as question/answer pairs.
 */
function seedFaq(id: string): Array<{ question: string; answer: string }> {
  const page = readFileSync(new URL(`./seeds/${id}.txt`, import.meta.url), 'utf8');
  const section = page.split('\nFrequently asked questions\n')[1]!.split('\nSources\n')[0]!;
  const lines = section.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(8);
  return [0, 2, 4, 6].map((i) => ({ question: lines[i]!, answer: lines[i + 1]! }));
}

describe('faq', () => {
  describe('when the record has every field the seed page uses', () => {
    // The records as they were written from their seed pages (test/seeds/<id>.record.json, frozen
    // at that point): later re-checks against the vendor's own text change the real records, and
    // this test is about the generator, which must turn those fields into the seed page's FAQ.
    it.each(['jasper', 'claude'])(
      'should reproduce the FAQ of the %s seed page exactly, from the record written from it',
      (id) => {
        const record = JSON.parse(
          readFileSync(new URL(`./seeds/${id}.record.json`, import.meta.url), 'utf8'),
        ) as ToolRecord;
        const generated = faq(record).map(({ question, answer }) => ({
          question,
          answer,
        }));
        expect(generated).toEqual(seedFaq(id));
      },
    );

    it('should mark every answer as known', () => {
      expect(faq(fixtureRecord('quill-chat')).map((e) => [e.topic, e.known])).toEqual([
        ['training', true],
        ['opt-out', true],
        ['zdr-dpa', true],
        ['confidential', true],
      ]);
    });

    it("should ask about the tool by name and answer from the record's fields", () => {
      // Questions name the tool, the closing line names the vendor, every tier is one sentence.
      expect(faq(fixtureRecord('lumen-draft'))).toEqual([
        {
          topic: 'training',
          question: 'Does Lumen Draft train its AI models on my data?',
          answer:
            "Yes — Lumen Draft trains on your drafts by default; you have to opt out. Lumen Media's Terms of Service (v2.3, eff. 2 Nov 2025) let it use your drafts and prompts to improve its writing models. EU/UK users can object by e-mail; everyone else has no documented opt-out.",
          known: true,
        },
        {
          topic: 'opt-out',
          question: 'Can I opt out of Lumen Draft training on my data?',
          answer:
            'EU/UK users may object by e-mailing privacy@lumen-draft.example. Users elsewhere have no documented opt-out.',
          known: true,
        },
        {
          topic: 'zdr-dpa',
          question: 'Does Lumen Draft offer zero data retention (ZDR) or a DPA?',
          answer:
            'Lumen Media signs a DPA with enterprise customers only. No zero data retention option is published.',
          known: true,
        },
        {
          topic: 'confidential',
          question: 'Is Lumen Draft safe to use with confidential or proprietary data?',
          answer:
            "It depends on your plan tier. Standard (Terms of Service default): Drafts and prompts are used to improve Lumen Draft's writing models unless an EU/UK objection is made. EU / UK users: May object by e-mailing privacy@lumen-draft.example; Lumen Media then stops training on their drafts. Always confirm current terms with Lumen Media before sending confidential data — this is cited public information, not legal advice.",
          known: true,
        },
      ]);
    });
  });

  describe('when the record lacks the opt-out and data-handling sections', () => {
    it('should say plainly that it is not known, never invent an answer', () => {
      const [, optOut, zdrDpa, confidential] = faq(fixtureRecord('tally-assist'));
      expect(optOut).toEqual({
        topic: 'opt-out',
        question: 'Can I opt out of Tally Assist training on my data?',
        answer:
          'Not known. None of the sources we have found says whether you can opt out of Tally Assist training on your data.',
        known: false,
      });
      expect(zdrDpa!.answer).toBe(
        'Not known. None of the sources we have found says whether Tally Assist offers zero data retention (ZDR) or a DPA.',
      );
      expect(zdrDpa!.known).toBe(false);
      // One tier only: "It depends on your plan tier" would be untrue. The detail gets its full stop.
      expect(confidential!.answer).toBe(
        'All users (Terms of Use): Inputs and outputs are licensed to Tally Labs "to provide and improve the Services"; whether that includes training models is not defined. Always confirm current terms with Tally Labs before sending confidential data — this is cited public information, not legal advice.',
      );
    });
  });

  describe('for every record of the bundled dataset', () => {
    it.each(listTools().map((t) => t.id))(
      'should answer the four questions about %s from its fields',
      async (id) => {
        const record = await getTool(id);
        const entries = faq(record);
        expect(entries.map((e) => e.topic)).toEqual([
          'training',
          'opt-out',
          'zdr-dpa',
          'confidential',
        ]);
        for (const entry of entries) expect(entry.question).toContain(record.name);
        expect(entries[0]!.answer).toBe(
          `${record.headline.shortAnswer} ${record.headline.summary}`,
        );
        const messages = labels.en.faq;
        expect(entries[1]!.known).toBe(record.optOut !== undefined);
        expect(entries[1]!.answer).toBe(
          record.optOut?.summary ?? messages.optOutUnknown.replace('{tool}', record.name),
        );
        expect(entries[2]!.known).toBe(record.dataHandling !== undefined);
        expect(entries[2]!.answer).toBe(
          record.dataHandling?.summary ?? messages.zdrDpaUnknown.replace('{tool}', record.name),
        );
        for (const tier of record.tiers) {
          expect(entries[3]!.answer).toContain(
            `${tier.label}: ${tier.detail.trim().replace(/\.$/, '')}`,
          );
        }
        expect(entries[3]!.answer).toContain(`Always confirm current terms with ${record.vendor}`);
      },
    );
  });
});

describe('jsonLd', () => {
  it('should build a schema.org FAQPage from the FAQ', () => {
    const lumen = fixtureRecord('lumen-draft');
    const data = jsonLd(lumen);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('FAQPage');
    expect(data.inLanguage).toBe('en');
    expect(data.mainEntity).toHaveLength(4);
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Does Lumen Draft train its AI models on my data?',
      acceptedAnswer: { '@type': 'Answer', text: faq(lumen)[0]!.answer },
    });
  });

  it.each(listTools().map((t) => t.id))(
    'should hold the FAQ of %s, question for question, and survive serialisation',
    async (id) => {
      const record = await getTool(id);
      const data = jsonLd(record);
      expect(data.mainEntity).toEqual(
        faq(record).map((e) => ({
          '@type': 'Question',
          name: e.question,
          acceptedAnswer: { '@type': 'Answer', text: e.answer },
        })),
      );
      const html = jsonLdScript(data);
      expect(html.match(/<\/script/gi)).toHaveLength(1);
      expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    },
  );
});

describe('serializeJsonLd and jsonLdScript', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- & \u2028' };

  it('should never let data close the script element', () => {
    const html = jsonLdScript(hostile);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(serializeJsonLd(hostile)).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","note":"\\u003c!-- \\u0026 \\u2028"}',
    );
  });

  it('should keep markup in a record inert', () => {
    const record = fixtureRecord('quill-chat');
    record.headline.summary = 'Ends here </script><script>alert(1)</script> <!-- & more';
    const html = jsonLdScript(jsonLd(record));
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(html).toContain('Ends here \\u003c/script\\u003e');
  });

  it('should still parse back to the same value', () => {
    const data = jsonLd(fixtureRecord('quill-chat'));
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
