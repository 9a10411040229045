/**
 * The generator's preview. An HTML snippet is previewed as itself in a fresh document (an iframe),
 * with only the jsDelivr URLs pointed at this site's copies of the same files, so what you see is
 * what the snippet does on a blog: no Storybook, no bundler, the CDN build and its integrity check.
 * That iframe is sandboxed without `allow-same-origin`: the snippet carries record text, and
 * whatever it held would run in an origin of its own, never this site's. A snippet that is not
 * HTML (Markdown, a link) is previewed as the text it is.
 */
import { html } from 'lit';
import type { SiteInfo } from '../snippets.js';

/**
 * The preview frame's sandbox: scripts run (the card is a script), in an opaque origin of their own
 * (no `allow-same-origin`), and a link the reader clicks opens a normal tab.
 */
export const PREVIEW_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The snippet as a page, with the jsDelivr URLs pointed at this site's copies of the files
 * (`local` makes a path of this site absolute), on a light or a dark page.
 */
export function previewDocument(
  site: SiteInfo,
  snippet: string,
  local: (path: string) => string,
  darkPage: boolean,
): string {
  const cdnBase = site.cdnUrl.replace(/[^/]+$/, '');
  const pointed = snippet
    .split(site.staticUrl)
    .join(local('static/'))
    .split(cdnBase)
    .join(local('cdn/'));
  const page = darkPage
    ? 'background:#121212;color:#e8e8e8;color-scheme:dark'
    : 'background:#fff;color:#1f1f1f';
  // The frame has an origin of its own, so this page cannot measure it: the frame's document
  // posts the height of its body (not of the document, which never shrinks below the frame).
  const fit = `<script>new ResizeObserver(() => parent.postMessage({ previewHeight: document.body.getBoundingClientRect().height }, '*')).observe(document.body);</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:16px;font:16px/1.6 Georgia,serif;${page}">\n${pointed}\n${fit}</body></html>`;
}

/**
 * Sizes the preview frame from its document's report of its height (see `previewDocument`): only a
 * message from that frame counts, and its number, from a document that may hold anything, is kept
 * within bounds.
 */
export function fitPreview(frame: HTMLIFrameElement | null, event: MessageEvent): void {
  const height = (event.data as { previewHeight?: unknown } | null)?.previewHeight;
  if (!frame || event.source !== frame.contentWindow || typeof height !== 'number') return;
  frame.style.height = `${Math.min(Math.max(Math.ceil(height), 120), 4000)}px`;
}

/** The preview of a snippet in `format`: the page it makes, or its text. */
export function preview(
  format: 'html' | 'markdown' | 'text',
  snippet: string,
  srcdoc: () => string,
) {
  return format === 'html'
    ? html`<iframe
        class="preview"
        title="Preview of the snippet"
        sandbox=${PREVIEW_SANDBOX}
        .srcdoc=${srcdoc()}
      ></iframe>`
    : html`<pre class="preview" aria-labelledby="preview-title">${snippet}</pre>
        <p class="hint">
          ${format === 'markdown' ? 'Markdown' : 'Text'}: what it shows depends on where you paste
          it, so here it is as text.
        </p>`;
}

/** Whether `base` is this machine, where an iframe's address cannot be the one to publish. */
export function isLocalAddress(base: string): boolean {
  const { hostname } = new URL(base);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
