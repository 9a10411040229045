// Storybook for the widget's elements, with the guides, the embed generator and the no-JS embeds.
// The built site (scripts/build.mjs) also serves the widget's CDN bundle, its static embeds and a
// plain page that loads the bundle as a blog would: they are static directories here, so the dev
// server (`pnpm dev`) and the static build serve the same URLs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
// The widget's built files, found through its package (never its src/).
const widgetDir = dirname(require.resolve('@ai-training-verdict/widget/package.json'));

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.ts',
    // One story per tool of the dataset, written by scripts/prepare.mjs before every build.
    '../generated/stories/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs'],
  staticDirs: [
    { from: join(widgetDir, 'cdn'), to: '/cdn' },
    { from: join(widgetDir, 'static'), to: '/static' },
    // What scripts/prepare.mjs writes: site.json, the plain page and the data releases for `src`.
    { from: join(here, '..', 'generated', 'public'), to: '/' },
  ],
  // Storybook's own manager and preview bundles are large by nature; the widget's budget is checked
  // in the widget package, in bytes.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: {
      ...viteConfig.build,
      chunkSizeWarningLimit: 4096,
      // `npm start` waits for this build, and the site is served from this machine: skipping
      // minification and the gzip report takes a third off the build. Turn minify on to deploy it.
      reportCompressedSize: false,
      minify: false,
    },
  }),
  core: {
    // The docs are built and served offline; nothing phones home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
