import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faq, getTool, jsonLd, jsonLdScript, serializeJsonLd } from '../src/index.js';

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
    it.each(['jasper', 'claude'])(
      'should reproduce the FAQ of the %s seed page exactly',
      async (id) => {
        const generated = faq(await getTool(id)).map(({ question, answer }) => ({
          question,
          answer,
        }));
        expect(generated).toEqual(seedFaq(id));
      },
    );

    it('should mark every answer as known', async () => {
      expect(faq(await getTool('claude')).map((e) => [e.topic, e.known])).toEqual([
        ['training', true],
        ['opt-out', true],
        ['zdr-dpa', true],
        ['confidential', true],
      ]);
    });
  });

  describe('when the record lacks the opt-out and data-handling sections', () => {
    it('should say plainly that it is not known, never invent an answer', async () => {
      const [, optOut, zdrDpa, confidential] = faq(await getTool('ai21'));
      expect(optOut).toEqual({
        topic: 'opt-out',
        question: 'Can I opt out of AI21 Labs training on my data?',
        answer:
          'Not known. None of the sources we have found says whether you can opt out of AI21 Labs training on your data.',
        known: false,
      });
      expect(zdrDpa!.answer).toBe(
        'Not known. None of the sources we have found says whether AI21 Labs offers zero data retention (ZDR) or a DPA.',
      );
      expect(zdrDpa!.known).toBe(false);
      // One tier only: "It depends on your plan tier" would be untrue.
      expect(confidential!.answer).toBe(
        'All users of the Services (Terms of Use): Inputs and Outputs are licensed to AI21 "solely to provide, maintain, and improve the Services"; whether improving the Services includes training models is not defined. Always confirm current terms with AI21 Labs before sending confidential data — this is cited public information, not legal advice.',
      );
    });
  });
});

describe('jsonLd', () => {
  it('should build a schema.org FAQPage from the FAQ', async () => {
    const jasper = await getTool('jasper');
    const data = jsonLd(jasper);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('FAQPage');
    expect(data.inLanguage).toBe('en');
    expect(data.mainEntity).toHaveLength(4);
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Does Jasper train its AI models on my data?',
      acceptedAnswer: { '@type': 'Answer', text: faq(jasper)[0]!.answer },
    });
  });
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

  it('should still parse back to the same value', async () => {
    const data = jsonLd(await getTool('claude'));
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
