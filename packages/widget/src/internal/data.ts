/**
 * How an element gets what it shows: one `@lit/task` Task per element, which loads the records of
 * its ids, the interface text of its `lang` and the renderers it needs, together. A change of any
 * of them starts a new load and aborts the previous one, whose answer is never shown (a Task keeps
 * only its latest run's value).
 */
import type { TaskConfig } from '@lit/task';
import type { AiTrainingVerdict } from '../ai-training-verdict/ai-training-verdict.component.js';
import { langOf, stringsFor, type CardText } from './i18n.js';
import type { LoadedTool, LoadOptions } from './loaded.js';
import { failureKit } from './warn.js';

/** Why a tool cannot be shown. */
export interface Failure {
  readonly reason: 'unknown-tool' | 'load-failed';
  readonly suggestions: readonly string[];
  readonly error: unknown;
}

/**
 * The lazily loaded renderers, by name: each a chunk of its own, loaded only when asked for. The
 * optional sections, the compact badge, what tells a pre-rendered card from the live one (only
 * a page that pre-renders its cards needs it; it digests the card in the element's shadow root
 * while the record loads), and the table's evidence column.
 */
const RENDERERS = {
  sections: () => import('./sections.js'),
  compact: () => import('./compact.js'),
  prerendered: (host: Host) =>
    import('./prerendered.js').then((m) => m.prerendered(host as unknown as AiTrainingVerdict)),
  evidence: () => import('./evidence.js'),
};
export type Renderer = keyof typeof RENDERERS;

/** What an element asks for: the ids it shows (each once) and the renderers it needs. */
export interface Wants {
  readonly ids: readonly string[];
  readonly renderers: readonly Renderer[];
}

/** One id the element asked for: its record, or why there is none. */
export type Outcome = { readonly tool: string } & (
  ({ readonly ok: true } & LoadedTool) | ({ readonly ok: false } & Failure)
);

/** What one load gives the element to render. */
export interface Loaded {
  /** The ids and `src` it answers (a new `lang` or renderer alone keeps showing it while it loads). */
  readonly key: string;
  /** The interface text. */
  readonly t: CardText;
  /**
   * The element's language tag, which record dates are formatted for (`dateFormatter(lang, t.lang)`,
   * made where a card is drawn: a card kept as pre-rendered formats none, see prerendered.ts).
   */
  readonly lang: string;
  /** One outcome per id, in the order asked. */
  readonly outcomes: readonly Outcome[];
  /** The renderers asked for (one that failed to load is missing). */
  readonly renderers: { readonly [K in Renderer]?: Awaited<ReturnType<(typeof RENDERERS)[K]>> };
  /** What a failure is told with, loaded with a load that has one (undefined if it cannot load). */
  readonly failures?: Awaited<ReturnType<typeof failureKit>>;
}

/** The key of a load: the ids and `src` it answers. */
export const keyOf = (ids: readonly string[], src: string | undefined): string =>
  JSON.stringify([ids, src]);

/** What a Task loads for: an element with `src` and `lang`, what it wants and its data seam. */
export interface Host extends HTMLElement {
  readonly src: string | undefined;
  /** What it shows (no id: nothing to load, the value is undefined). */
  wants(): Wants;
  /** Each record. */
  load(tool: string, options: LoadOptions): Promise<LoadedTool>;
}

/** The Task of `host` (`new Task(host, loading(host))`). */
export const loading = (
  host: Host,
): TaskConfig<readonly [Wants, string | undefined, string], Loaded | undefined> => ({
  args: () => [host.wants(), host.src, langOf(host)] as const,
  // By value: `wants()` makes new arrays at every update.
  argsEqual: (a, b) => JSON.stringify(a) == JSON.stringify(b),
  task: async ([{ ids, renderers }, src, lang], { signal }) => {
    if (!ids.length) return undefined;
    // async, so a `load()` that throws counts as a failed load, like one that rejects
    const records = Promise.allSettled(
      ids.map(async (id) => host.load(id, { src: src || undefined, signal })),
    );
    const [t, ...modules] = await Promise.all([
      stringsFor(lang), // English if its chunk fails
      ...renderers.map((name) => RENDERERS[name](host).catch(() => undefined)),
    ]);
    const settled = await records;
    const failures = settled.some(({ status }) => status == 'rejected')
      ? await failureKit()
      : undefined;
    signal.throwIfAborted();
    return {
      key: keyOf(ids, src),
      t,
      lang,
      renderers: Object.fromEntries(renderers.map((name, i) => [name, modules[i]])),
      failures,
      outcomes: settled.map((result, i) => ({
        tool: ids[i]!,
        ...(result.status == 'fulfilled'
          ? { ok: true, ...result.value }
          : {
              ok: false,
              ...(failures?.failure(result.reason) ?? {
                reason: 'load-failed',
                suggestions: [],
                error: result.reason,
              }),
            }),
      })),
    } as Loaded;
  },
});
