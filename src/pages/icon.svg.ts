/** The portal's icon (home screen, tab): a document with a tick, in the brand green; no font needed. */
import type { APIRoute } from 'astro';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
<rect width="96" height="96" rx="18" fill="#0b5d3b"/>
<path d="M28 18h28l14 14v46H28z" fill="#fff"/>
<path d="M56 18v14h14" fill="#c9d1cd"/>
<path d="M36 56l9 9 17-19" fill="none" stroke="#0b5d3b" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

export const GET: APIRoute = () => new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
