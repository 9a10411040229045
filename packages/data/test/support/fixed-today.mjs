// Preloaded (`node --import`) into a child process a test starts, so the child's "today" is the one
// the test chose, not the machine's: only Date is faked (timers run normally), at ATV_TEST_TODAY.
import FakeTimers from '@sinonjs/fake-timers';

const today = process.env.ATV_TEST_TODAY ?? '';
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  throw new Error(`ATV_TEST_TODAY must be a date as YYYY-MM-DD, got "${today}"`);
}
FakeTimers.install({ now: Date.parse(`${today}T12:00:00Z`), toFake: ['Date'] });
