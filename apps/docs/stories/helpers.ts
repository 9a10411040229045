/**
 * What the stories share: one render function per element, built from the args Storybook's
 * controls edit (named like the attributes in the widget's custom-elements.json), and the page
 * backgrounds the theme stories put the elements on.
 */
import { READER_LOCALES } from '@ai-training-verdict/sdk';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import site from '../generated/public/site.json';
import {
  EXAMPLE_OLD_ID,
  EXAMPLE_UNVERIFIED_ID,
  exampleTool as pickExample,
  misspell,
  otherTool as pickOther,
} from '../src/examples.js';
// The published entry points: each registers its element.
import '@ai-training-verdict/widget/ai-training-verdict.js';
import '@ai-training-verdict/widget/ai-training-table.js';

/** Attributes of `<ai-training-verdict>`, as story args. */
export interface VerdictArgs {
  tool?: string;
  sections?: string;
  tier?: string;
  'heading-level'?: number;
  compact?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  src?: string;
  lang?: string;
  /** Light-DOM fallback content: `true` puts the tool's source link inside the element. */
  fallback?: boolean;
}

/** Attributes of `<ai-training-table>`, as story args. */
export interface TableArgs {
  tools?: string;
  theme?: 'auto' | 'light' | 'dark';
  src?: string;
  lang?: string;
}

/** Empty strings from cleared controls mean "no attribute". */
const attr = (value: string | number | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : String(value);

/** The plain link a blogger puts inside the element as the no-JS fallback. */
export function fallbackLink(tool: string | undefined): TemplateResult | typeof nothing {
  const entry = site.tools.find((t) => t.id === tool);
  if (!entry?.fallback) return nothing;
  return html`<a href=${entry.fallback.url}>${entry.name}: ${entry.fallback.title}</a>`;
}

export const renderVerdict = (args: VerdictArgs): TemplateResult =>
  html`<ai-training-verdict
    tool=${ifDefined(attr(args.tool))}
    sections=${ifDefined(attr(args.sections))}
    tier=${ifDefined(attr(args.tier))}
    heading-level=${ifDefined(attr(args['heading-level']))}
    theme=${ifDefined(attr(args.theme))}
    src=${ifDefined(attr(args.src))}
    lang=${ifDefined(attr(args.lang))}
    ?compact=${args.compact ?? false}
    >${args.fallback ? fallbackLink(args.tool) : nothing}</ai-training-verdict
  >`;

export const renderTable = (args: TableArgs): TemplateResult =>
  html`<ai-training-table
    tools=${ifDefined(attr(args.tools))}
    theme=${ifDefined(attr(args.theme))}
    src=${ifDefined(attr(args.src))}
    lang=${ifDefined(attr(args.lang))}
  ></ai-training-table>`;

/** A page with a dark theme of its own, as many blogs have: dark background, light text. */
export const onDarkPage: Decorator = (story) =>
  html`<div
    data-page="dark"
    style="background:#121212;color:#e8e8e8;color-scheme:dark;padding:24px;font:16px/1.6 Georgia,serif"
  >
    ${story()}
  </div>`;

/** A light page with a blog's own font. */
export const onLightPage: Decorator = (story) =>
  html`<div
    data-page="light"
    style="background:#fff;color:#1f1f1f;color-scheme:light;padding:24px;font:16px/1.6 Georgia,serif"
  >
    ${story()}
  </div>`;

/** A column as narrow as a phone's, or a sidebar's. */
export const inNarrowColumn: Decorator = (story) =>
  html`<div style="max-width:320px">${story()}</div>`;

/** Every tool of the dataset (site.json, written from listTools()), in the catalog's order. */
export const tools = site.tools;
export const toolIds = tools.map((t) => t.id);

/** The tool the stories show as their example, and a second one where two are shown. */
export const exampleTool = pickExample(site);
export const otherTool = pickOther(site);

/** An id a reader might type for the example tool, one typo away: unknown to the dataset. */
export const misspeltId = misspell(exampleTool.id);

/** This site's copy of the data release, for the `src` stories. */
export const pinnedRelease = `./releases/${site.dataVersion}/data.json`;

/**
 * The docs' examples release (scripts/prepare.mjs): the real release plus an example redirect,
 * `oldId` → the example tool, and a made-up record that was never verified, `unverifiedId`.
 */
export const examplesRelease = {
  src: './releases/examples/data.json',
  oldId: EXAMPLE_OLD_ID,
  unverifiedId: EXAMPLE_UNVERIFIED_ID,
} as const;

/**
 * Controls for the attributes the manifest types as `string | undefined` (which Storybook would
 * offer as objects), and for the story's own args, grouped apart from the element's API.
 */
export const verdictArgTypes: Partial<ArgTypes<VerdictArgs>> = {
  tool: { control: 'select', options: toolIds },
  sections: { control: 'text' },
  tier: { control: 'text' },
  src: { control: 'text' },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  compact: { control: 'boolean' },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: {
    control: 'inline-radio',
    options: [...READER_LOCALES],
    description: 'The HTML `lang` attribute: the language of the interface text.',
    table: { category: 'story' },
  },
  fallback: {
    control: 'boolean',
    description: 'Put a fallback link inside the element (its default slot).',
    table: { category: 'story' },
  },
};

/** The same for `<ai-training-table>`. */
export const tableArgTypes: Partial<ArgTypes<TableArgs>> = {
  tools: { control: 'text' },
  src: { control: 'text' },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: {
    control: 'inline-radio',
    options: [...READER_LOCALES],
    description: 'The HTML `lang` attribute: the language of the interface text.',
    table: { category: 'story' },
  },
};
