/**
 * Check: no file or folder reached a limit on what is read (src/content-model/limits.ts).
 * The reader records limits as it reads; this turns them into diagnostics with code `limit`.
 */
import type { ContentFile, ContentTree } from '../../content-model/load.ts';
import type { Diagnostic } from '../diagnostic.ts';

export function checkFileLimits(file: ContentFile): Diagnostic[] {
  return file.source.limitFindings.map((finding) => ({
    file: file.source.displayPath,
    line: finding.line,
    field: finding.field,
    severity: 'error' as const,
    code: 'limit',
    message: finding.message,
  }));
}

export function checkFolderLimits(tree: ContentTree): Diagnostic[] {
  return (tree.folderLimits ?? []).map(({ displayPath, finding }) => ({
    file: displayPath,
    line: finding.line,
    field: finding.field,
    severity: 'error' as const,
    code: 'limit',
    message: finding.message,
  }));
}
