/**
 * Helpers for the elements' tests in Chromium (@web/test-runner). Not part of the package: the build
 * leaves out `*.test-helpers.ts`.
 */
import { listTools, type ToolRecord } from '@ai-training-verdict/sdk';
import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import sinon, { type SinonFakeTimers } from 'sinon';
import type { AiTrainingVerdictErrorEvent } from '../events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from '../events/ai-training-verdict-load.js';
import type { LoadedTool, LoadOptions } from './loaded.js';

export type Settled = AiTrainingVerdictLoadEvent | AiTrainingVerdictErrorEvent;
export type Template = ReturnType<typeof html>;

/**
 * Renders `template` inside a wrapper that listens for the load and error events, and resolves once
 * the first arrives: the element has then rendered its card, table or message. Listening on an
 * outer element also shows that both events bubble out of the element.
 */
export async function settle<T extends HTMLElement>(
  template: Template,
  /** Finds the element in `template` when it is not the outermost one. */
  selector?: string,
): Promise<{ el: T; event: Settled; events: Settled[]; wrapper: HTMLElement }> {
  const events: Settled[] = [];
  let done!: (event: Settled) => void;
  const settled = new Promise<Settled>((resolve) => (done = resolve));
  const record = (event: Event) => {
    events.push(event as Settled);
    done(event as Settled);
  };
  const wrapper = await fixture<HTMLElement>(
    html`<div @ai-training-verdict-load=${record} @ai-training-verdict-error=${record}>
      ${template}
    </div>`,
  );
  const event = await settled;
  const el = ((selector && wrapper.querySelector(selector)) || wrapper.firstElementChild) as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, event, events, wrapper };
}

/** The shadow root's element matching `selector`; fails the test when there is none. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  expect(found, `no ${selector} in the shadow root`).not.to.equal(null);
  return found!;
}

/** Every element of the shadow root matching `selector`. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text as a reader gets it: whitespace collapsed, trimmed. */
export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What is painted: `innerText` leaves out what CSS hides (unslotted light-DOM children). */
export const visibleText = (node: HTMLElement): string =>
  node.innerText.replace(/\s+/g, ' ').trim();

/**
 * Runs `fn` with console.warn captured, so expected warnings can be asserted and do not spam. A
 * warning about a mistake in the page (an element registered twice, a `sections` token or `tier`
 * the card does not know) is worded by the failure module, which loads only then: with `count`,
 * this waits after `fn` until that many warnings have arrived (for at most five seconds, after
 * which the test's assertion shows what did arrive).
 */
export async function captureWarnings<T>(
  fn: () => Promise<T>,
  count = 0,
): Promise<{ result: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    const result = await fn();
    for (let waited = 0; warnings.length < count && waited < 5000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { result, warnings };
  } finally {
    console.warn = original;
  }
}

let stubs = 0;

/**
 * Registers a test-only subclass of `base` whose records come from `load` instead of the loader,
 * and returns its tag as a static template value. This is how the tests reach states the real data
 * never produces (a pending load, a failing network, hostile record text) through the element's
 * documented extension point, `load()`.
 */
export function stubbed(
  base: CustomElementConstructor,
  load: (tool: string, options: LoadOptions) => Promise<LoadedTool>,
) {
  return unsafeStatic(defineStub(base, load));
}

/** As `stubbed`, for markup written as a string: the tag's name. */
export function defineStub(
  base: CustomElementConstructor,
  load: (tool: string, options: LoadOptions) => Promise<LoadedTool>,
): string {
  const tag = `test-element-${++stubs}`;
  const Base = base as unknown as new () => HTMLElement;
  customElements.define(
    tag,
    class extends Base {
      protected load(tool: string, options: LoadOptions): Promise<LoadedTool> {
        return load(tool, options);
      }
    },
  );
  return tag;
}

/**
 * Puts `markup` on the page as the parser of a page's HTML reads it, declarative shadow roots
 * included (`innerHTML` and Lit's templates drop them), in a column of `width` px. The element in
 * it upgrades once the whole markup is in, as on a page whose script runs after the HTML.
 */
export function parsed(markup: string, width = 600): HTMLElement {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  column.setHTMLUnsafe(markup);
  parsedColumns.push(column);
  document.body.append(column);
  return column;
}

const parsedColumns: HTMLElement[] = [];

/** Removes what `parsed` put on the page (`fixture`'s own cleanup does not know it). */
export function removeParsed(): void {
  for (const column of parsedColumns.splice(0)) column.remove();
}

/** A load the test releases: `load` for `stubbed`, and `release` to let it resolve. */
export function gated(loaded: () => Promise<LoadedTool>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { load: async () => (await gate, loaded()), release };
}

/** A load that never settles, to hold an element in its loading state. */
export const pending = (): Promise<LoadedTool> => new Promise<LoadedTool>(() => undefined);

/**
 * URL of a fixture data release. `valid` is a small synthetic dataset of fictional tools (never
 * copies of the real records), made so that between them they show every state a card can be in:
 *
 *   scribble-pad   trains by default; an e-mail opt-out for EU/UK users; a listicle correction;
 *                  sources with a quote, with only a URL, with both dates; verified recently
 *   quill-chat     depends on the plan; a tier with a `since` date; a dated policy change and
 *                  history; opt-out methods and a deadline; retention; never verified; no quotes,
 *                  an unreachable source
 *   lumen-notes    unclear; clause analysis and compliance notes; undated history; a source with
 *                  only a document name (no URL); no opt-out or retention facts; verified long ago
 *   scrawl         a redirect to scribble-pad (a renamed id)
 *
 * `invalid` is the same release with a tier verdict outside the vocabulary (and text that must
 * never be shown); `missing` does not exist (HTTP 404). test/fixtures.test.mjs validates both
 * against the data package's `datasetSchema`, so they cannot drift from the real format.
 */
export const fixtureRelease = (name: 'valid' | 'invalid' | 'missing'): string =>
  new URL(`../../test/fixtures/releases/${name}.json`, import.meta.url).href;

type FixtureTools = Record<string, ToolRecord & Record<string, unknown>>;

/** The records of the valid fixture release, fresh for each call (safe to change). */
export async function fixtureTools(): Promise<FixtureTools> {
  const release = (await (await fetch(fixtureRelease('valid'))).json()) as { tools: FixtureTools };
  return release.tools;
}

/** One record of the valid fixture release, e.g. `fixtureTool('scribble-pad')`. */
export async function fixtureTool(id: string): Promise<ToolRecord> {
  const record = (await fixtureTools())[id];
  if (!record) throw new Error(`The fixture release has no tool "${id}"`);
  return record;
}

/**
 * A data release made from the valid fixture with `change` applied, as a `blob:` URL for `src`. It
 * goes through the real path: fetched and validated by the SDK client like any release.
 */
export async function releaseWith(change: (tools: FixtureTools) => void): Promise<string> {
  const release = (await (await fetch(fixtureRelease('valid'))).json()) as { tools: FixtureTools };
  change(release.tools);
  return URL.createObjectURL(new Blob([JSON.stringify(release)], { type: 'application/json' }));
}

/**
 * Every tool id of the real, bundled dataset, from the SDK's catalog. Tests over the real records
 * loop over these and check only what must hold for every record; they never name a tool.
 */
export const catalogIds = (): string[] => listTools().map((entry) => entry.id);

/**
 * The day the fixture release is read on: 13 days after scribble-pad was verified (fresh), 299
 * days after lumen-notes was (out of date). quill-chat was never verified.
 */
export const FIXTURE_TODAY = '2026-03-15';

/** Noon UTC of a `YYYY-MM-DD` day, so no time zone moves it to another date. */
const noon = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

/** The day `days` after `iso`, as `YYYY-MM-DD`. */
export const daysAfter = (iso: string, days: number): string =>
  new Date(noon(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);

let clock: SinonFakeTimers | undefined;

/**
 * Sets today for every test of the file (call it once, at the top level): what is "out of date"
 * depends on the day a card is read, and no test may read the machine's clock. Sinon's fake
 * timers fake `Date` only, so timeouts, animation frames and the test runner run as usual.
 */
export function fixToday(iso: string = FIXTURE_TODAY): void {
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: noon(iso), toFake: ['Date'] });
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
}

/** Moves today for the rest of the current test (the file must call `fixToday()`). */
export function setToday(iso: string): void {
  if (!clock) throw new Error('setToday() needs fixToday() at the top of the test file');
  clock.setSystemTime(noon(iso));
}

/**
 * Asks the test runner's browser to emulate a media feature (`@web/test-runner`'s built-in
 * `emulate-media` command, the one `@web/test-runner-commands` sends).
 */
export async function emulateMedia(media: {
  media?: 'print' | 'screen' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | null;
}): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socket = (await import(
    /* @vite-ignore */ '/__web-dev-server__web-socket.js' as string
  )) as { sendMessageWaitForResponse(message: unknown): Promise<{ executed?: boolean }> };
  const response = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'emulate-media',
    payload: media,
  });
  if (!response.executed) throw new Error('The test runner did not emulate the media feature');
}

/**
 * Waits until `condition` holds (checked every frame), for changes that fire no event, such as a
 * new `lang`. Fails after `timeout` ms; nothing is asserted about how long it took.
 */
export async function until(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('The condition never held');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Waits until the browser has laid out and painted the current state. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
