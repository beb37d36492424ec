export function rendererIsStale(): boolean;
export function ensureRendererBuilt(opts?: { force?: boolean }): boolean;
