// Types for electron-bundle.mjs, so TypeScript tests can bundle the main process.
export declare function bundleEntry(
  entry: string,
  outfile: string,
  options?: { sandboxedPreload?: boolean },
): Promise<unknown>;
