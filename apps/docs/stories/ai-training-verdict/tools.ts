import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderVerdict, verdictArgTypes, type VerdictArgs } from '../helpers.js';

/**
 * What the stories of ai-training-verdict/Tools share. The stories themselves, one per tool of the
 * dataset, each the default card with its fallback link inside and named after the tool, are
 * written from listTools() by scripts/prepare.mjs into generated/stories/tools.stories.ts on every
 * build: a new record gets its story without anyone writing one.
 */
export const toolsMeta = {
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
} satisfies Partial<Meta<VerdictArgs>>;

/** The story of one tool (`description` is the record's short answer). */
export const toolStory = (tool: string, description: string): StoryObj<VerdictArgs> => ({
  args: { tool },
  parameters: { docs: { description: { story: description } } },
});
