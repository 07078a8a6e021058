/** placeholder */
export function watchAfterSave(_config: unknown): void {}
