/**
 * The three sanitizers a pasted snippet meets on blogs, with their defaults: WordPress's own kses
 * (`wp_kses_post`, run by PHP from Debian's `wordpress` package), DOMPurify (in Chromium, where it
 * is made to run) and sanitize-html (in Node).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import sanitizeHtml from 'sanitize-html';

export const SANITIZERS = ['kses', 'dompurify', 'sanitize-html'] as const;
export type Sanitizer = (typeof SANITIZERS)[number];

const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const KSES_SCRIPT = fileURLToPath(new URL('kses.php', import.meta.url));

function ksesMissing(): string | undefined {
  if (spawnSync('php', ['-v']).status !== 0) return 'php is not installed';
  if (!existsSync(join(WORDPRESS, 'wp-includes', 'kses.php')))
    return `${WORDPRESS}/wp-includes/kses.php is missing`;
  return undefined;
}

/**
 * Makes sure PHP and WordPress are here, installing Debian's `php-cli` and `wordpress` packages
 * when running as root (as scripts/chromium.mjs's caller does for Chromium). Throws, saying why,
 * when they are missing and cannot be installed: the sanitizer tests never skip.
 */
export function ensureKses(): void {
  const missing = ksesMissing();
  if (!missing) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `WordPress's kses is needed and ${missing}: run \`apt-get install -y php-cli wordpress\` as root, or the tests as root`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'php-cli', 'wordpress'], {
      env,
      encoding: 'utf8',
    });
  let result = install();
  if (result.status !== 0) {
    // A fresh machine has no package lists yet.
    spawnSync('apt-get', ['update'], { env, encoding: 'utf8' });
    result = install();
  }
  const still = ksesMissing();
  if (result.status !== 0 || still) {
    const why = `${result.error?.message ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-3);
    throw new Error(
      `Could not install php-cli and wordpress with apt-get (${still ?? 'apt-get failed'}): ${why.join(' / ')}`,
    );
  }
}

/** `wp_kses_post(html)`, by WordPress's own code. */
export function kses(html: string): string {
  const result = spawnSync('php', [KSES_SCRIPT], {
    input: html,
    encoding: 'utf8',
    env: { ...process.env, WORDPRESS_DIR: WORDPRESS },
  });
  if (result.status !== 0) throw new Error(`kses.php failed: ${result.stderr || result.error}`);
  return result.stdout;
}

const require = createRequire(import.meta.url);

/** A page that has loaded DOMPurify, for `dompurify()`. */
export async function dompurifyPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>DOMPurify</title>');
  await page.addScriptTag({ path: require.resolve('dompurify/dist/purify.js') });
  return page;
}

/** `DOMPurify.sanitize(html)` with its defaults, in Chromium. */
export function dompurify(page: Page, html: string): Promise<string> {
  return page.evaluate(
    (markup) =>
      (window as unknown as { DOMPurify: { sanitize(s: string): string } }).DOMPurify.sanitize(
        markup,
      ),
    html,
  );
}

/** The result of each sanitizer on `html`. */
export async function sanitize(
  sanitizer: Sanitizer,
  html: string,
  purifier: Page,
): Promise<string> {
  switch (sanitizer) {
    case 'kses':
      return kses(html);
    case 'dompurify':
      return dompurify(purifier, html);
    case 'sanitize-html':
      return sanitizeHtml(html);
  }
}
