import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  exampleTool,
  otherTool,
  renderVerdict,
  type VerdictArgs,
  verdictArgTypes,
} from '../helpers.js';

/**
 * The interface text follows `lang` on the element or its closest ancestor: English, German,
 * French and Spanish ship. Record text (answers, details, quotes) stays as written, in English,
 * and is marked `lang="en"`.
 */
const meta = {
  title: 'ai-training-verdict/Locales',
  component: 'ai-training-verdict',
  render: renderVerdict,
  argTypes: verdictArgTypes,
  args: { tool: exampleTool.id },
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

// One story per language of the SDK's READER_LOCALES, written by `pnpm --filter
// @ai-training-verdict/docs run languages:write` (test/languages.test.ts holds them to the list).
// languages:stories
export const English: Story = { args: { lang: 'en' } };
export const German: Story = { name: 'Deutsch', args: { lang: 'de' } };
export const French: Story = { name: 'Français', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español', args: { lang: 'es' } };
// /languages:stories

/** No `lang` on the element: it takes the page's, here `lang="de"` on an ancestor. */
export const FromThePage: Story = {
  name: 'From the page’s lang',
  args: { tool: otherTool.id },
  render: (args) => html`<div lang="de">${renderVerdict(args)}</div>`,
};
