import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderOverview } from '../src/render.mjs';

describe('the docs overview page', () => {
  const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');

  it('shows each real record with its short answer and tier table', () => {
    expect(html).toContain(
      escapeHtml('Yes — Jasper trains on your data by default; you have to opt out.'),
    );
    expect(html).toContain('<th scope="row">Free / Pro / Max (consumer)</th>');
    expect(html).toContain('<h2>AI21 Labs <small>AI21 Labs</small></h2>');
  });

  it('renders record text as text, never as HTML', () => {
    const page = renderOverview({
      version: '0.0.0',
      tools: [
        {
          kind: 'tool',
          id: 'x',
          name: '<img src=x onerror=alert(1)>',
          vendor: 'V',
          headline: { verdict: 'unknown', shortAnswer: 'a', summary: 'b' },
          tiers: [{ id: 't', label: 'T', kind: 'plan', verdict: 'unknown', detail: 'd' }],
          sources: [{ id: 's', document: 'D' }],
        },
      ],
    });
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
  });
});
