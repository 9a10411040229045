/**
 * The SDK client, for `src` releases: what `#sdk-client` is (package.json, "imports") everywhere
 * but the CDN build, which takes `client.cdn.ts` (the same export, with zod set not to compile
 * code).
 */
export { createClient } from '@ai-training-verdict/sdk/client';
