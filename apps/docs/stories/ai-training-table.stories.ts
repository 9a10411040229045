import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { AiTrainingTable } from '@ai-training-verdict/widget/ai-training-table.component.js';
import { html } from 'lit';
import {
  exampleTool,
  examplesRelease,
  misspeltId,
  onDarkPage,
  onLightPage,
  otherTool,
  pinnedRelease,
  renderTable,
  tableArgTypes,
  toolIds,
  type TableArgs,
} from './helpers.js';

/** The loading state, held open by a subclass whose `load()` (the documented seam) never settles. */
class PendingTable extends AiTrainingTable {
  protected override load(): Promise<never> {
    return new Promise<never>(() => {});
  }
}
if (!customElements.get('docs-pending-table')) {
  customElements.define('docs-pending-table', PendingTable);
}

/**
 * `<ai-training-table>`: the comparison table for "which AI tools train on your data" articles,
 * one row per tool.
 */
const meta = {
  title: 'ai-training-table/Examples',
  component: 'ai-training-table',
  tags: ['autodocs'],
  render: renderTable,
  args: { tools: toolIds.join(' ') },
  argTypes: tableArgTypes,
} satisfies Meta<TableArgs>;
export default meta;

type Story = StoryObj<TableArgs>;

/** Every tool in the dataset. */
export const AllTools: Story = { name: 'All tools' };

/** Two tools of the dataset, in the order given. */
export const TwoTools: Story = {
  name: 'Two tools',
  args: { tools: `${otherTool.id} ${exampleTool.id}` },
};

/** An id the dataset lacks is named below the table, not silently dropped. */
export const UnknownId: Story = {
  name: 'With an unknown id',
  args: { tools: `${exampleTool.id} ${misspeltId}` },
};

/**
 * A record never verified says it may be out of date. It is a made-up one, from the docs' examples
 * release; the real records' rows say so too once they are stale.
 */
export const Stale: Story = {
  name: 'Stale records',
  args: { tools: `${examplesRelease.unverifiedId} ${exampleTool.id}`, src: examplesRelease.src },
};

/** An old id in a release that redirects it (an example redirect: no real tool was renamed). */
export const Renamed: Story = {
  name: 'Renamed tool',
  args: { tools: `${examplesRelease.oldId} ${otherTool.id}`, src: examplesRelease.src },
};

export const Loading: Story = {
  render: (args) => html`<docs-pending-table tools=${args.tools ?? ''}></docs-pending-table>`,
};

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

// One story per language of the SDK's READER_LOCALES, written by `pnpm --filter
// @ai-training-verdict/docs run languages:write` (test/languages.test.ts holds them to the list).
// languages:stories
export const English: Story = { args: { lang: 'en' } };
export const German: Story = { name: 'Deutsch', args: { lang: 'de' } };
export const French: Story = { name: 'Français', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español', args: { lang: 'es' } };
// /languages:stories

/** Reading a pinned data release. */
export const PinnedRelease: Story = {
  name: 'Pinned data release (src)',
  args: { src: pinnedRelease },
};

/** The release cannot be fetched. */
export const LoadFailed: Story = {
  name: 'Load failed',
  args: { src: './releases/0.0.0-missing/data.json' },
};
