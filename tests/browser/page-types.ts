/** The portal's page types, with one sample route each, for the browser checks that visit every type. */
import fs from 'node:fs';
import path from 'node:path';
import { sampleSiteDir } from '../support/paths.ts';

export const firstDoc = (office: string, kind: string, site = sampleSiteDir) =>
  `/offices/${office}/${kind}/${fs.readdirSync(path.join(site, 'offices', office, kind)).sort()[0]}/`;

const built = (route: string, site: string) => fs.existsSync(path.join(site, route.split('?')[0] ?? '', 'index.html'));

/** Every page type; optional ones (a dashboard) are included when the site has them. */
export function pageTypes(site = sampleSiteDir): { type: string; route: string }[] {
  const optional = [
    { type: 'dashboard', route: '/dashboard/' },
    { type: 'compliance dashboard', route: '/compliance/' },
  ].filter(({ route }) => built(route, site));
  return [
    { type: 'national home', route: '/' },
    { type: 'office home', route: '/offices/doict-bheramara/' },
    { type: 'charter', route: firstDoc('doict-bheramara', 'charters', site) },
    { type: 'current charter', route: '/offices/doict-bheramara/charter/' },
    { type: 'document history', route: '/offices/doict-bheramara/history/' },
    { type: 'directory', route: '/directory/' },
    { type: 'minutes', route: firstDoc('prisons-directorate', 'minutes', site) },
    { type: 'office order', route: firstDoc('prisons-directorate', 'orders', site) },
    { type: 'search', route: `/search/?q=${encodeURIComponent('সেবা')}` },
    { type: 'offline fallback', route: '/offline/' },
    { type: 'not found', route: '/no-such-page/' },
    ...optional,
  ];
}
