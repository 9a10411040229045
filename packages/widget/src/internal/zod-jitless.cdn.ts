/**
 * zod without its compiled parsers: otherwise the first schema built probes for `new Function`,
 * which a page whose CSP forbids eval reports as a violation. Imported before the SDK client
 * (`client.cdn.ts`), so it is set before the data package's schemas exist. The same zod as the data
 * package's (its version is pinned alike; test/budget.test.mjs finds one copy of zod in the build).
 */
import { config } from 'zod/mini';

config({ jitless: true });
