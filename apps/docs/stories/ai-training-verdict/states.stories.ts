import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { AiTrainingVerdict } from '@ai-training-verdict/widget/ai-training-verdict.component.js';
import { html } from 'lit';
import {
  exampleTool,
  examplesRelease,
  fallbackLink,
  misspeltId,
  renderVerdict,
  type VerdictArgs,
  verdictArgTypes,
} from '../helpers.js';

/**
 * A record arrives in milliseconds, so the loading state is shown with a subclass whose `load()`
 * (the element's documented data seam) never settles.
 */
class PendingVerdict extends AiTrainingVerdict {
  protected override load(): Promise<never> {
    return new Promise<never>(() => {});
  }
}
if (!customElements.get('docs-pending-verdict')) {
  customElements.define('docs-pending-verdict', PendingVerdict);
}

/** Every state a reader can meet, each distinct, shown with the docs' example tool. */
const meta = {
  title: 'ai-training-verdict/States',
  component: 'ai-training-verdict',
  render: renderVerdict,
  argTypes: verdictArgTypes,
} satisfies Meta<VerdictArgs>;
export default meta;

type Story = StoryObj<VerdictArgs>;

/** While the record loads, the card reserves space, so the page does not jump when it arrives. */
export const Loading: Story = {
  args: { tool: exampleTool.id },
  render: (args) => html`<docs-pending-verdict tool=${args.tool ?? ''}></docs-pending-verdict>`,
};

/** While loading, a fallback link inside the element is what readers see. */
export const LoadingWithFallback: Story = {
  name: 'Loading, with a fallback link',
  args: { tool: exampleTool.id },
  render: (args) =>
    html`<docs-pending-verdict tool=${args.tool ?? ''}
      >${fallbackLink(args.tool)}</docs-pending-verdict
    >`,
};

/** A misspelt id: a clear message with suggestions, and a console warning for the page's author. */
export const UnknownTool: Story = { name: 'Unknown tool', args: { tool: misspeltId } };

/** With a fallback link inside, the reader also gets somewhere useful. */
export const UnknownToolWithFallback: Story = {
  name: 'Unknown tool, with a fallback link',
  args: { tool: misspeltId },
  render: (args) =>
    html`<ai-training-verdict tool=${args.tool ?? ''}
      >${fallbackLink(exampleTool.id)}</ai-training-verdict
    >`,
};

/**
 * An old id that was renamed renders the new record and says so. The data release this story
 * reads (`src`) is the docs' examples release: the real one plus an example redirect,
 * `example-old-id` → the first tool of the dataset. No real tool has been renamed yet.
 */
export const Renamed: Story = {
  name: 'Renamed tool',
  args: { tool: examplesRelease.oldId, src: examplesRelease.src },
};

/**
 * A record never verified by a maintainer: the card says it may be out of date. The record is a
 * made-up one in the docs' examples release, so this story shows the state whatever the real
 * records' verification dates are and whatever the day.
 */
export const Stale: Story = {
  name: 'Stale record',
  args: { tool: examplesRelease.unverifiedId, src: examplesRelease.src },
};

/** The pinned data release (`src`) cannot be fetched: the card says so and never shows other data. */
export const LoadFailed: Story = {
  name: 'Load failed',
  args: { tool: exampleTool.id, src: './releases/0.0.0-missing/data.json' },
};

/** A failed load keeps the fallback link visible. */
export const LoadFailedWithFallback: Story = {
  name: 'Load failed, with a fallback link',
  args: { tool: exampleTool.id, src: './releases/0.0.0-missing/data.json', fallback: true },
};
