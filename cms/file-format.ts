/**
 * How the CMS reads and writes content files. Registered in Decap as a custom
 * format (`CMS.registerCustomFormat`) so a saved file looks exactly like a
 * hand-written, imported or generated one and a one-field edit is a one-line
 * diff. Writing is the content model's one writer (src/content-model/write.ts:
 * schema key order at every depth, no line folding — Decap's built-in format
 * folds long Bengali lines at 80 columns and orders only the top level), with
 * what an editor cleared ("" or null, the values Decap keeps for a cleared
 * input) left out. Nothing typed is ever dropped.
 */
import { parse } from 'yaml';
import { documentFile, officeFile } from '../src/content-model/write.ts';
import type { DocumentKind } from '../src/schemas/index.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

export interface ContentFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/** A Markdown/MDX file with YAML frontmatter; the body is the `body` field. */
export function frontmatterFormat(kind: DocumentKind): ContentFormat {
  return {
    fromFile(content) {
      const match = FRONTMATTER.exec(content);
      if (!match) return content.trim() ? { body: content } : {};
      const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
      const body = content.slice(match[0].length);
      return body ? { ...data, body } : data;
    },
    toFile(data) {
      const { body, ...meta } = data;
      return documentFile(kind, meta, typeof body === 'string' ? body : '', 'blank');
    },
  };
}

/** A plain YAML file (office.yaml). */
export function yamlFormat(): ContentFormat {
  return {
    fromFile: (content) => (parse(content) ?? {}) as Record<string, unknown>,
    toFile: (data) => officeFile(data, 'blank'),
  };
}
