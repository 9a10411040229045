// Preloaded (`node --import`) into the data build the bench times: at exit, writes the process's
// CPU time (user + system, every thread's, in ms) to the file ATV_CPU_FILE names, which the
// bench reads, since Node does not report a child process's CPU time to its parent.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.ATV_CPU_FILE, String((user + system) / 1000));
});
