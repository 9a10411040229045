import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SECTION_TOKENS } from '@ai-training-verdict/widget/ai-training-verdict.component.js';
import { html } from 'lit';
import {
  exampleTool,
  inNarrowColumn,
  pinnedRelease,
  renderVerdict,
  tools,
  type VerdictArgs,
  verdictArgTypes,
} from '../helpers.js';

/** The shapes of the card: every section, the inline badge, a highlighted tier, heading levels. */
const meta = {
  title: 'ai-training-verdict/Variants',
  component: 'ai-training-verdict',
  render: renderVerdict,
  argTypes: verdictArgTypes,
  args: { tool: exampleTool.id },
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

/** Every section the record has data for (`sections="all"`). */
export const Full: Story = { name: 'Full (all sections)', args: { sections: 'all' } };

/** Every section of every tool of the dataset, one card after another. */
export const FullEveryTool: Story = {
  name: 'Full, every tool',
  args: { sections: 'all' },
  render: (args) =>
    html`<div style="display:grid;gap:1.5rem">
      ${tools.map((tool) => renderVerdict({ ...args, tool: tool.id }))}
    </div>`,
};

/** `compact`: a badge-sized verdict that sits in running text, with a link to its source. */
export const CompactInline: Story = {
  name: 'Compact, inline in a sentence',
  args: { compact: true },
  render: (args) =>
    html`<p style="font:17px/1.7 Georgia,serif;max-width:40em">
      Before you paste client notes into an AI tool, check its terms:
      ${tools.map(
        (tool, i) =>
          html`${i === 0 ? '' : i === tools.length - 1 ? ' and ' : ', '}${renderVerdict({
            ...args,
            tool: tool.id,
          })}`,
      )}.
    </p>`,
};

/** Pick the parts: here the answer, the opt-out and the FAQ. */
export const Sections: Story = {
  name: 'Chosen sections',
  args: { sections: 'answer opt-out faq' },
  argTypes: {
    sections: {
      control: 'text',
      description: `Space-separated tokens: ${SECTION_TOKENS.join(', ')}, or all.`,
    },
  },
};

/** A tool with more than one tier, and its second tier: the row the `tier` story highlights. */
const tiered = tools.find((tool) => tool.tiers.length > 1) ?? exampleTool;
const highlighted = tiered.tiers[1] ?? tiered.tiers[0];

/** `tier` highlights one row, by tier id, label or plan name: here a tier by its label. */
export const TierHighlight: Story = {
  name: 'Tier highlighted',
  args: { tool: tiered.id, tier: highlighted?.label },
};

/** `heading-level="2"` for a card that starts a section of the post, under the page's h1. */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2 },
  render: (args) =>
    html`<h1 style="font-family:system-ui">A post about AI writing tools</h1>
      ${renderVerdict(args)}`,
};

/** From a 320 px column (a phone, a sidebar) upwards, nothing overflows. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  decorators: [inNarrowColumn],
};

/** `src` reads a pinned data release from a URL, validated before anything is shown. */
export const PinnedRelease: Story = {
  name: 'Pinned data release (src)',
  args: { src: pinnedRelease },
};
