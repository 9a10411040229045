// A worker thread of `validateRecordSourcesInParallel` (validate-threads.ts): checks its share of
// the files, each on its own, and posts back their outcomes (plain data) in order.
import { parentPort, workerData } from 'node:worker_threads';
import { checkRecordFiles, type RecordInput, type ValidateOptions } from './validate.js';

const { share, options } = workerData as { share: RecordInput[]; options: ValidateOptions };
parentPort!.postMessage(checkRecordFiles(share, options));
