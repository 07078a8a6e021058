/**
 * The shape of a build step lives in src/content-model/build-step.ts (the pipeline, the
 * integration and cms/ share it); re-exported here for existing imports.
 */
export type { BuildContext, BuildStep } from '../../src/content-model/build-step.ts';
