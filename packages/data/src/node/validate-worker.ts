// A worker thread of `validateRecordSourcesInParallel` (validate-threads.ts): checks batches of
// the files, each file on its own, and posts back their outcomes (plain data).
import { workerData } from 'node:worker_threads';
import { checkRecordFiles, type RecordInput, type ValidateOptions } from './validate.js';
import { workBatches } from './validate-threads.js';

const { options } = workerData as { options: ValidateOptions };
workBatches((batch: RecordInput[]) => checkRecordFiles(batch, options));
