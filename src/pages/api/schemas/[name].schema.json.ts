/** /api/schemas/<name>.schema.json: JSON Schemas of the open data, generated from the zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, jsonSchemaOf, OPEN_DATA_SCHEMAS, type OpenDataSchemaName } from '../../../lib/open-data.ts';

export const getStaticPaths = (() => (Object.keys(OPEN_DATA_SCHEMAS) as OpenDataSchemaName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(jsonSchemaOf(params['name'] as OpenDataSchemaName, site ?? 'https://portal.example'));
