// The globals @web/test-runner's mocha provides to test files, declared here instead of adding
// @types/mocha for five functions.
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: unknown, done: MochaDone) => void | Promise<unknown>;
type MochaSuiteFn = (this: unknown) => void;

declare function describe(title: string, fn: MochaSuiteFn): void;
declare function it(title: string, fn?: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
