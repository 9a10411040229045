import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import {
  acrossFiles,
  checkRecordFiles,
  validateRecordSources,
  type RecordInput,
  type ValidateOptions,
  type ValidationResult,
} from './validate.js';

export interface ParallelOptions extends ValidateOptions {
  /**
   * Threads to share the files among, this one included; 1 checks them all here. Default: one per
   * CPU, but none beyond one per `FILES_PER_THREAD` files.
   */
  threads?: number;
}

/** Fewer files than this per thread, and a thread's start (loading the validator) costs more than it saves. */
const FILES_PER_THREAD = 250;

/**
 * `validateRecordSources`, with each file's own checks (YAML, schema, the rules within a record:
 * nearly all the work) shared among worker threads and this one (`shareAmongThreads`). The rules
 * across files then run here on every file's outcome, as `validateRecordSources` runs them: the
 * result is the same, problem for problem and record for record (a test holds this on fixtures).
 */
export async function validateRecordSourcesInParallel(
  inputs: readonly RecordInput[],
  options: ParallelOptions = {},
): Promise<ValidationResult> {
  const { threads: asked, ...rest } = options;
  const validateOptions = oneToday(rest);
  const threads = threadsFor(inputs.length, asked);
  if (threads === 1) return validateRecordSources(inputs, validateOptions);
  const outcomes = await shareAmongThreads(
    inputs,
    threads,
    (share) => checkRecordFiles(share, validateOptions),
    { module: moduleBeside('validate-worker'), data: { options: validateOptions } },
  );
  return acrossFiles(inputs, outcomes);
}

/** One "today" for every thread, so a run across midnight measures staleness against one day. */
export const oneToday = (options: ValidateOptions) => ({
  ...options,
  now: options.now ?? new Date(),
});

/** The threads to share `files` files among: `asked`, or one per CPU within `FILES_PER_THREAD`. */
export function threadsFor(files: number, asked?: number): number {
  return Math.max(
    1,
    Math.min(
      asked ?? Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)),
      files,
    ),
  );
}

/** A worker's module beside this one: built JavaScript in dist, TypeScript under tsx or vitest. */
export const moduleBeside = (name: string) =>
  new URL(`./${name}.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/** Items a thread takes at a time, at most: few enough that the threads end together. */
const BATCH = 50;

/**
 * `work(items)`, shared among `threads` threads: this one and worker threads running
 * `worker.module`, which calls `workBatches` with the same `work`. Thread k first takes batch k
 * (so every thread has a part), then each takes the next batch left until none is: a thread that
 * starts late or runs slower takes fewer. The results come back in the items' order.
 *
 * Written on `node:worker_threads` rather than a pool library: each worker is given every item
 * once and takes batches from a shared counter until none is left, which is all a pool would do.
 */
export async function shareAmongThreads<T, R>(
  items: readonly T[],
  threads: number,
  work: (batch: T[]) => R[],
  worker: { module: URL; data?: Record<string, unknown> },
): Promise<R[]> {
  const size = Math.max(1, Math.min(BATCH, Math.ceil(items.length / threads)));
  // The index of the next batch left, shared (not copied) with every worker.
  const next = new Int32Array(new SharedArrayBuffer(4));
  next[0] = threads;
  const results: R[][] = [];
  // The workers start first, so they load their modules while this thread takes its batches.
  const workers = Array.from({ length: threads - 1 }, (_, i) =>
    inWorker<Array<[number, R[]]>>(worker.module, {
      ...worker.data,
      items,
      share: { first: i + 1, size, next },
    }),
  );
  try {
    for (const [b, batch] of batches(items, { first: 0, size, next })) results[b] = work(batch);
    for (const done of await Promise.all(workers.map((w) => w.answer)))
      for (const [b, r] of done) results[b] = r;
  } catch (error) {
    // The first failure is the one to report: the other workers stop, and what they say then is
    // not news (nor an unhandled rejection).
    for (const w of workers) w.answer.catch(() => undefined);
    await Promise.allSettled(workers.map((w) => w.thread.terminate()));
    throw error;
  }
  return results.flat();
}

/** How a thread takes its batches: its first one, their size, the shared index of the next left. */
interface Share {
  first: number;
  size: number;
  next: Int32Array;
}

/** In a worker of `shareAmongThreads`: takes batches until none is left, then posts its results. */
export function workBatches<T, R>(work: (batch: T[]) => R[]): void {
  const { items, share } = workerData as { items: T[]; share: Share };
  const done: Array<[number, R[]]> = [];
  for (const [b, batch] of batches(items, share)) done.push([b, work(batch)]);
  parentPort!.postMessage(done);
}

/** The batches a thread takes (index and items): its first, then each next one left. */
function* batches<T>(items: readonly T[], { first, size, next }: Share): Generator<[number, T[]]> {
  for (let b = first; b * size < items.length; b = Atomics.add(next, 0, 1))
    yield [b, items.slice(b * size, (b + 1) * size)];
}

/**
 * Node 20 does not give a worker thread the module hooks that run this thread's TypeScript (tsx
 * issue 354), so a worker started on a TypeScript module registers tsx itself before loading it.
 */
const TSX_BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then((tsx) => tsx.register())
  .then(() => import(workerData.module));`;

/** A worker thread running `module`, and its one answer (or why it gave none). */
function inWorker<R>(
  module: URL,
  data: Record<string, unknown>,
): { thread: Worker; answer: Promise<R> } {
  const thread = module.href.endsWith('.ts')
    ? new Worker(TSX_BOOT, {
        eval: true,
        workerData: { ...data, module: module.href, tsx: import.meta.resolve('tsx/esm/api') },
      })
    : new Worker(module, { workerData: data });
  const answer = new Promise<R>((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.once('exit', (code) =>
      reject(new Error(`a worker thread stopped (exit code ${code}) before it answered`)),
    );
  });
  return { thread, answer };
}
