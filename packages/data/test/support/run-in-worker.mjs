// Runs one exported function of a TypeScript source module in a worker thread (loaded through
// tsx) and posts back what it returns. A synchronous call that never returns would block a test's
// own thread, and vitest's test timeout with it; in a worker, the test fails at its timeout.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { module, name, args } = workerData;
const loaded = await tsImport(module, import.meta.url);
parentPort.postMessage(loaded[name](...args));
