/**
 * The Pages workflow deploys what a job without write rights built: the job that can deploy has
 * no checkout, installs nothing and runs nothing of the workspace (packages/data's workflow tests
 * check the last for every workflow; this checks the Pages one's shape).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}

const workflow = parse(
  readFileSync(new URL('../../../.github/workflows/pages.yml', import.meta.url), 'utf8'),
) as { permissions: unknown; jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const deploying = jobs.filter(([, job]) =>
  job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
);
const building = jobs.filter(([, job]) =>
  job.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')),
);

describe('.github/workflows/pages.yml', () => {
  it('should grant nothing by default', () => {
    expect(workflow.permissions).toEqual({});
  });

  it('should build the site in a job that can only read, for the address it is served from', () => {
    expect(building).toHaveLength(1);
    const [, job] = building[0]!;
    expect(job.permissions).toEqual({ contents: 'read' });
    expect(job.steps.some((s) => s.env?.['SITE_URL'])).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('apps/site/dist');
  });

  it('should deploy from a job that only deploys', () => {
    expect(deploying).toHaveLength(1);
    const [, job] = deploying[0]!;
    expect(job.needs).toBe(building[0]![0]);
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job.steps).toHaveLength(1);
  });

  it('should pin every action to a full commit', () => {
    for (const [, job] of jobs)
      for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});
