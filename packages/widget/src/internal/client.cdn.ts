/**
 * The SDK client in the CDN build: what `#sdk-client` is under the `cdn` condition (package.json,
 * "imports"; `client.ts` everywhere else). `zod-jitless.cdn.ts` runs first, before the data
 * package's schemas are built.
 */
import './zod-jitless.cdn.js';

export { createClient } from '@ai-training-verdict/sdk/client';
