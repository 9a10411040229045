import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The manifest the widget generates from its JSDoc (attributes, events, slots, parts, custom
// properties): the autodocs tables come from it, so they document the published API and cannot
// drift from it.
import manifest from '@ai-training-verdict/widget/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Overview',
          'Embed generator',
          'Guides',
          ['Embed on your blog', 'No-JS badges and cards', 'Use the SDK', '*'],
          'ai-training-verdict',
          ['Tools', 'States', 'Themes', 'Locales', 'Variants'],
          'ai-training-table',
        ],
      },
    },
  },
};

export default preview;
