// A worker thread of `validateAndWriteRecords` (publish-records.ts): checks batches of the files,
// each on its own, serialises each record with no error of its own, and posts back the outcomes
// with the records' texts (plain data); the main thread writes their files.
import { workerData } from 'node:worker_threads';
import { checkAndSerialise } from './publish-records.js';
import type { RecordInput, ValidateOptions } from './validate.js';
import { workBatches } from './validate-threads.js';

const { options } = workerData as { options: ValidateOptions };
workBatches((batch: RecordInput[]) => checkAndSerialise(batch, options));
