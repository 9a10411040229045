import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  exampleTool,
  onDarkPage,
  onLightPage,
  renderVerdict,
  type VerdictArgs,
  verdictArgTypes,
} from '../helpers.js';

/**
 * `theme="auto"` (the default) has no background of its own: it takes the page's text colour and
 * its verdict colours follow the page's `color-scheme`. `light` and `dark` give the card its own
 * background and text colour.
 */
const meta = {
  title: 'ai-training-verdict/Themes',
  component: 'ai-training-verdict',
  render: renderVerdict,
  argTypes: verdictArgTypes,
  args: { tool: exampleTool.id },
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

export const AutoOnLightPage: Story = { name: 'Auto, on a light page', decorators: [onLightPage] };

/** The same card, unchanged, on a dark blog: it follows the page. */
export const AutoOnDarkPage: Story = { name: 'Auto, on a dark page', decorators: [onDarkPage] };

export const Light: Story = {
  name: 'Light, on a dark page',
  args: { theme: 'light' },
  decorators: [onDarkPage],
};

export const Dark: Story = {
  name: 'Dark, on a light page',
  args: { theme: 'dark' },
  decorators: [onLightPage],
};
