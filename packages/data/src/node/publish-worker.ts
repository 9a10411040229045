// A worker thread of `validateAndWriteRecords` (publish-records.ts): checks batches of the files,
// each on its own, writes the files of each record with no error of its own, and posts back the
// outcomes with the records' texts (plain data).
import { workerData } from 'node:worker_threads';
import { checkAndWriteRecordFiles } from './publish-records.js';
import type { RecordInput, ValidateOptions } from './validate.js';
import { workBatches } from './validate-threads.js';

const { options, dir } = workerData as { options: ValidateOptions; dir: string };
workBatches((batch: RecordInput[]) => checkAndWriteRecordFiles(batch, options, dir));
