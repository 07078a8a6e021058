/** Check: the file parses and its data matches the zod schema of its kind. */
import type { ContentFile } from '../../content-model/load.ts';
import { formatFieldPath } from '../../content-model/source-file.ts';
import { DOCUMENT_KINDS, officeSchema, standardServiceSchema } from '../../schemas/index.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { friendlyIssues } from '../zod-messages.ts';

export function schemaFor(kind: ContentFile['kind']) {
  return kind === 'office' ? officeSchema : kind === 'standard' ? standardServiceSchema : DOCUMENT_KINDS[kind].schema;
}

/** Returns the parsed data when valid, and the diagnostics either way. */
export function checkSchema(file: ContentFile): { data?: unknown; diagnostics: Diagnostic[] } {
  const { source } = file;
  // A limit reached means the data was not kept: report that alone (checks/limits.ts), not a schema error per field.
  if (source.limitFindings.length) return { diagnostics: [] };
  if (source.yamlErrors.length) {
    return {
      diagnostics: source.yamlErrors.map((e) => ({
        file: source.displayPath,
        line: e.line,
        field: '',
        severity: 'error' as const,
        code: 'yaml-syntax',
        message: `the YAML cannot be read: ${e.message}`,
      })),
    };
  }
  const schema = schemaFor(file.kind);
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  return {
    diagnostics: friendlyIssues(schema, result.error).map((issue) => ({
      file: source.displayPath,
      line: source.lineOf(issue.path),
      field: formatFieldPath(issue.path),
      severity: 'error' as const,
      code: 'schema',
      message: issue.message,
    })),
  };
}
