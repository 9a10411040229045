import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
 * nearly all the work) shared among worker threads, this thread taking the first share. The rules
 * across files then run here on every file's outcome, as `validateRecordSources` runs them: the
 * result is the same, problem for problem and record for record (a test holds this on fixtures).
 */
export async function validateRecordSourcesInParallel(
  inputs: readonly RecordInput[],
  options: ParallelOptions = {},
): Promise<ValidationResult> {
  const { threads: asked, ...validateOptions } = options;
  const threads = Math.max(
    1,
    Math.min(
      asked ?? Math.min(availableParallelism(), Math.floor(inputs.length / FILES_PER_THREAD)),
      inputs.length,
    ),
  );
  if (threads === 1) return validateRecordSources(inputs, validateOptions);
  const outcomes = await shareAmongThreads(
    inputs,
    threads,
    (share) => checkRecordFiles(share, validateOptions),
    { module: workerModule, data: { options: validateOptions } },
  );
  return acrossFiles(inputs, outcomes);
}

/** The worker's module beside this one: built JavaScript in dist, TypeScript under tsx or vitest. */
const workerModule = new URL(
  `./validate-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * `work(items)`, with the items cut in order into `threads` shares: this thread works the first,
 * and a worker thread running `worker.module` each other (its `workerData` is `{ share, ...data }`;
 * it posts back its share's results, in order). The results come back in the items' order.
 *
 * Written on `node:worker_threads` rather than a pool library: the items are cut once into one
 * share per thread, and each worker works one share and ends, which is all a pool would do here.
 */
export async function shareAmongThreads<T, R>(
  items: readonly T[],
  threads: number,
  work: (share: T[]) => R[],
  worker: { module: URL; data?: Record<string, unknown> },
): Promise<R[]> {
  const size = Math.ceil(items.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => items.slice(i * size, (i + 1) * size));
  // The workers start first, so they load their modules while this thread works its own share.
  const fromWorkers = shares
    .slice(1)
    .map((share) => inWorker<R[]>(worker.module, { ...worker.data, share }));
  const own = work(shares[0]!);
  return [own, ...(await Promise.all(fromWorkers))].flat();
}

/**
 * Node 20 does not give a worker thread the module hooks that run this thread's TypeScript (tsx
 * issue 354), so a worker started on a TypeScript module registers tsx itself before loading it.
 */
const TSX_BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then((tsx) => tsx.register())
  .then(() => import(workerData.module));`;

function inWorker<R>(module: URL, data: Record<string, unknown>): Promise<R> {
  const worker = module.href.endsWith('.ts')
    ? new Worker(TSX_BOOT, {
        eval: true,
        workerData: { ...data, module: module.href, tsx: import.meta.resolve('tsx/esm/api') },
      })
    : new Worker(module, { workerData: data });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`a worker thread stopped (exit code ${code}) before it answered`)),
    );
  });
}
