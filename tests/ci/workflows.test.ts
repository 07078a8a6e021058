/**
 * The GitHub Actions workflows are code that only runs on GitHub, so a typo
 * would surface only on the next pull request. These checks run offline: YAML
 * syntax, a JSON Schema of the workflow shape (a strict subset of GitHub's
 * syntax, written here), and the project-specific promises: the npm scripts a
 * workflow calls exist, expressions are closed, steps refer to real step ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { repoRoot } from '../support/paths.ts';

const workflowsDir = path.join(repoRoot, '.github/workflows');
const workflowFiles = fs
  .readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const packageScripts = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const expression = { type: 'string', pattern: '^\\$\\{\\{[\\s\\S]*\\}\\}$' };
const scalar = { type: ['string', 'number', 'boolean'] };
const stringMap = { type: 'object', additionalProperties: scalar };

/** The workflow syntax GitHub documents, narrowed to what a workflow here may use: unknown keys are typos. */
const WORKFLOW_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name', 'on', 'jobs'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    'run-name': { type: 'string' },
    on: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        {
          type: 'object',
          minProperties: 1,
          propertyNames: { enum: ['push', 'pull_request', 'pull_request_target', 'schedule', 'workflow_dispatch', 'workflow_call', 'merge_group', 'release'] },
          properties: {
            schedule: { type: 'array', items: { type: 'object', required: ['cron'], additionalProperties: false, properties: { cron: { type: 'string' } } } },
          },
        },
      ],
    },
    permissions: { anyOf: [{ enum: ['read-all', 'write-all'] }, { type: 'object', additionalProperties: { enum: ['read', 'write', 'none'] } }] },
    env: stringMap,
    defaults: { type: 'object' },
    concurrency: {
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          required: ['group'],
          additionalProperties: false,
          properties: { group: { type: 'string' }, 'cancel-in-progress': { type: ['boolean', 'string'] } },
        },
      ],
    },
    jobs: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['runs-on', 'steps'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          'runs-on': { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          needs: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          if: { type: ['string', 'boolean'] },
          permissions: { anyOf: [{ type: 'string' }, { type: 'object' }] },
          env: stringMap,
          'timeout-minutes': { anyOf: [{ type: 'number', exclusiveMinimum: 0 }, expression] },
          strategy: { type: 'object' },
          'continue-on-error': { type: ['boolean', 'string'] },
          outputs: stringMap,
          concurrency: { anyOf: [{ type: 'string' }, { type: 'object' }] },
          environment: { anyOf: [{ type: 'string' }, { type: 'object' }] },
          defaults: { type: 'object' },
          steps: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              // A step either uses an action or runs a command, never both.
              oneOf: [{ required: ['uses'] }, { required: ['run'] }],
              properties: {
                id: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                name: { type: 'string' },
                if: { type: ['string', 'boolean'] },
                uses: { type: 'string', pattern: '^(\\./|docker://|[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[A-Za-z0-9_.-]+$)' },
                with: stringMap,
                run: { type: 'string', minLength: 1 },
                shell: { type: 'string' },
                env: stringMap,
                'working-directory': { type: 'string' },
                'continue-on-error': { type: ['boolean', 'string'] },
                'timeout-minutes': { anyOf: [{ type: 'number' }, expression] },
              },
            },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validateWorkflow = ajv.compile(WORKFLOW_SCHEMA);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
}

function load(file: string): Workflow {
  const text = fs.readFileSync(path.join(workflowsDir, file), 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  return doc.toJS() as Workflow;
}

describe.each(workflowFiles)('the workflow %s', (file) => {
  it('is valid YAML with unique keys and the shape GitHub Actions accepts', () => {
    const workflow = load(file);
    const valid = validateWorkflow(workflow);
    expect(valid, ajv.errorsText(validateWorkflow.errors, { separator: '\n' })).toBe(true);
  });

  it('calls only npm scripts that exist, with closed ${{ }} expressions and known step ids', () => {
    const workflow = load(file);
    const text = fs.readFileSync(path.join(workflowsDir, file), 'utf8');
    expect(text.split('${{').length, 'every ${{ has its }}').toBe(text.split(/\$\{\{[^}]*\}\}/).length);
    for (const job of Object.values(workflow.jobs)) {
      const ids = new Set(job.steps.map((s) => s.id).filter(Boolean));
      for (const step of job.steps) {
        for (const [, script] of (step.run ?? '').matchAll(/npm run (?:--silent |-s )?([a-z][\w:-]*)/g)) {
          expect(packageScripts, `${file}: "npm run ${script}" in step "${step.name ?? step.run}"`).toHaveProperty([script!]);
        }
        for (const [, id] of JSON.stringify(step).matchAll(/steps\.([A-Za-z_][\w-]*)\./g)) {
          expect(ids.has(id!), `${file}: step "${step.name}" refers to steps.${id}, which is not a step id`).toBe(true);
        }
      }
    }
  });
});

describe('the pull-request workflow', () => {
  const workflow = load('pr.yml');
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('runs on pull requests and checks out the full history (provenance and the diff read it)', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('validates with annotations, checks freshness, builds and tests, in that order', () => {
    const order = ['validate -- --format github', 'freshness -- --format markdown', 'npm run build', 'npm test'].map((cmd) => runs.indexOf(cmd));
    expect(
      order.every((i) => i >= 0),
      `missing one of the steps: ${JSON.stringify(order)}`,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('posts the charter diff and the freshness report to the job summary', () => {
    const summary = steps.filter((s) => (s.run ?? '').includes('$GITHUB_STEP_SUMMARY')).map((s) => s.run ?? '');
    expect(summary.some((r) => r.includes('diff -- "$BASE_REF" HEAD --format markdown'))).toBe(true);
    expect(summary.some((r) => r.includes('freshness -- --format markdown'))).toBe(true);
  });
});

describe('the workflow shape check', () => {
  const base = { name: 'x', on: { pull_request: null }, jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'npm test' }] } } };
  it.each([
    ['a misspelt job key', { ...base, jobs: { a: { runs_on: 'ubuntu-latest', steps: [{ run: 'npm test' }] } } }],
    ['a step that both uses and runs', { ...base, jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4', run: 'ls' }] } } }],
    ['an action without a version', { ...base, jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout' }] } } }],
    ['an unknown event', { ...base, on: { pull_requests: null } }],
    ['a job without steps', { ...base, jobs: { a: { 'runs-on': 'ubuntu-latest' } } }],
  ])('refuses %s', (_name, workflow) => {
    expect(validateWorkflow(workflow)).toBe(false);
  });
});
