import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/content-model/source-file.ts';
import type { ContentFile } from '../../src/content-model/load.ts';
import { checkSchema } from '../../src/validation/checks/schema.ts';

function charterFile(frontmatter: string): ContentFile {
  const raw = `---\n${frontmatter}\n---\nBody\n`;
  return {
    kind: 'charter',
    officeId: 'demo',
    id: 'demo/2024-04-15',
    absolutePath: '/x',
    source: parseSourceFile('content/offices/demo/charters/2024-04-15.mdx', raw, false),
  };
}

const validService = `
      - name: তথ্য প্রদান
        delivery: সরাসরি
        fee: { kind: free, text: বিনামূল্যে }
        timeLimit: { unit: immediate, text: তাৎক্ষণিক }
        officer: { name: জনাব ক }`;

describe('schema errors name the file, the line, the field and what is expected', () => {
  it('accepts a minimal valid charter', () => {
    const result = checkSchema(charterFile(`effectiveDate: 2024-04-15\nvision: v\nmission: m\nservices:\n  citizen:\n    services:${validService}`));
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a missing required field with its description', () => {
    const result = checkSchema(charterFile(`vision: v\nmission: m\nservices: {}`));
    expect(result.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message}`)).toMatchInlineSnapshot(`
      [
        "2 effectiveDate: is required but missing (Date of the charter (YYYY-MM-DD); decides which quarter it counts for)",
      ]
    `);
  });

  it('reports an impossible date on the line of the field', () => {
    const result = checkSchema(charterFile(`effectiveDate: 2024-02-30\nvision: v\nmission: m\nservices: {}`));
    expect(result.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message}`)).toMatchInlineSnapshot(`
      [
        "2 effectiveDate: is not a real calendar date (Date of the charter (YYYY-MM-DD); decides which quarter it counts for); found "2024-02-30"",
      ]
    `);
  });

  it('reports a wrong fee kind deep inside a service row, on that row', () => {
    const result = checkSchema(
      charterFile(
        `effectiveDate: 2024-04-15\nvision: v\nmission: m\nservices:\n  citizen:\n    services:${validService.replace('kind: free', 'kind: gratis')}`,
      ),
    );
    expect(result.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message}`)).toMatchInlineSnapshot(`
      [
        "10 services.citizen.services[0].fee.kind: expected fee kind "free" or "paid" (Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)); found "gratis"",
      ]
    `);
  });

  it('reports a misspelled field instead of silently dropping it', () => {
    const result = checkSchema(charterFile(`effectiveDate: 2024-04-15\nvison: v\nvision: v\nmission: m\nservices: {}`));
    expect(result.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message}`)).toMatchInlineSnapshot(`
      [
        "3 vison: is not a known field: check the spelling, or remove it (known fields here: title, effectiveDate, datePrinted, vision, mission, services, expectations, grsIntro, grs, signatory, corrections)",
      ]
    `);
  });

  it('reports broken YAML with its line', () => {
    const result = checkSchema(charterFile(`effectiveDate: 2024-04-15\nvision: [unclosed\nmission: m`));
    expect(result.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });
});
