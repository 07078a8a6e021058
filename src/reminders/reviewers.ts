/** An office's reviewers as its reminder needs them: read from its office.yaml alone, never failing (a file that does not parse names none; `npm run validate` reports it). */
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { OFFICE_FILE, officesDir } from '../content-model/paths.ts';

const GITHUB_NAME = /^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?$/;

export function officeReviewers(root: string, id: string): string[] {
  try {
    const data = jsYaml.load(fs.readFileSync(path.join(officesDir(root), id, OFFICE_FILE), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { reviewers?: unknown };
    return Array.isArray(data?.reviewers) ? data.reviewers.filter((r): r is string => typeof r === 'string' && GITHUB_NAME.test(r)) : [];
  } catch {
    return [];
  }
}
