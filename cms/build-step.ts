/** The build step that adds the CMS (`/admin/`) to the built site; registered in scripts/lib/build-steps.ts. */
import type { BuildStep } from '../src/content-model/build-step.ts';
import { buildAdmin } from './build-admin.ts';

export const cmsAdminStep: BuildStep = {
  name: 'cms admin',
  async run(context) {
    try {
      const { offices } = await buildAdmin(context);
      process.stdout.write(`cms: /admin/ for maintainers and ${offices} office admin entries\n`);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: `the CMS admin could not be built: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
};
