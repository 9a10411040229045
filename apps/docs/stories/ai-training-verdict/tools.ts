import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderVerdict, verdictArgTypes, type VerdictArgs } from '../helpers.js';

/**
 * One story per tool in the dataset, each the default card with its fallback link inside, named
 * after the tool. The docs' tests look for a story of each tool's name, so a new record needs one.
 */
const meta = {
  title: 'ai-training-verdict/Tools',
  component: 'ai-training-verdict',
  tags: ['autodocs'],
  render: renderVerdict,
  args: { fallback: true },
  argTypes: verdictArgTypes,

  parameters: {
    docs: {
      description: {
        component:
          'A card that says whether an AI tool trains on your data: the short answer, a verdict ' +
          'for each plan or audience, and the sources behind it. Attributes, events, slots, parts ' +
          "and custom properties below come from the widget's `custom-elements.json`.",
      },
    },
  },
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

/** Trains on your data by default (standard terms); EU/UK users can object by e-mail. */
export const Jasper: Story = { name: 'Jasper', args: { tool: 'jasper' } };

/** Depends on the plan: three tiers with different verdicts; never verified, so marked stale. */
export const Claude: Story = { name: 'Claude', args: { tool: 'claude' } };

/** Unclear: the terms permit use to "improve the Services"; whether that includes training is not defined. */
export const AI21: Story = { name: 'AI21 Labs', args: { tool: 'ai21' } };
