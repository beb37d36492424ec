// Types for electron-binary.mjs, so TypeScript tests can use it.
export declare function electronVersion(): string | undefined;
export declare function findElectronBinary():
  | { path: string; version: string; reason?: undefined }
  | { path: undefined; reason: string; version?: undefined };
