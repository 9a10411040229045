import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  acrossFiles,
  checkRecordFiles,
  validateRecordSources,
  type FileOutcome,
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
 *
 * Written on `node:worker_threads` rather than a pool library: the files are cut once into one
 * share per thread, and each worker checks one share and ends, which is all a pool would do here.
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
  const size = Math.ceil(inputs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => inputs.slice(i * size, (i + 1) * size));
  // The workers start first, so they load the validator while this thread checks its own share.
  const fromWorkers = shares.slice(1).map((share) => inWorker(share, validateOptions));
  const own = checkRecordFiles(shares[0]!, validateOptions);
  const outcomes = [own, ...(await Promise.all(fromWorkers))].flat();
  return acrossFiles(inputs, outcomes);
}

/** The worker's module beside this one: built JavaScript in dist, TypeScript under tsx or vitest. */
const source = import.meta.url.endsWith('.ts');
const workerModule = new URL(`./validate-worker.${source ? 'ts' : 'js'}`, import.meta.url);

/**
 * Node 20 does not give a worker thread the module hooks that run this thread's TypeScript (tsx
 * issue 354), so a worker started from the sources registers tsx itself before loading its module.
 */
const TSX_BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then((tsx) => tsx.register())
  .then(() => import(workerData.module));`;

function inWorker(inputs: RecordInput[], options: ValidateOptions): Promise<FileOutcome[]> {
  const workerData = { inputs, options, module: workerModule.href };
  const worker = source
    ? new Worker(TSX_BOOT, {
        eval: true,
        workerData: {
          ...workerData,
          tsx: import.meta.resolve('tsx/esm/api'),
        },
      })
    : new Worker(workerModule, { workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`a validator thread stopped (exit code ${code}) before it answered`)),
    );
  });
}
