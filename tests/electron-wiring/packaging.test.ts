// The installer configuration: valid for electron-builder, the four targets the issue asks
// for, better-sqlite3 outside the asar, and the Electron-ABI binding shipped exactly where
// the main process looks for it in a packaged app.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { packagedBindingPath } from '../../electron/main/native-binding';

const REPO = path.resolve(__dirname, '../..');
const config = JSON.parse(fs.readFileSync(path.join(REPO, 'build/electron-builder.json'), 'utf8'));
const require = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { add(): void; isEnabled: boolean }): Promise<void>;
    };
    const { $schema: _schema, ...rest } = config;
    await expect(
      validateConfiguration(rest, { add: () => undefined, isEnabled: false }),
    ).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, NSIS and dmg for Thorline', () => {
    expect(config.productName).toBe('Thorline');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the built app and keeps better-sqlite3 outside the asar', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/renderer/**/*', 'dist-electron/**/*']),
    );
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(config.asarUnpack).toContain('dist-electron/store-worker.cjs');
    expect(config.asarUnpack).toContain('dist-electron/matching-worker.cjs');
    expect(config.asarUnpack).toContain('dist-electron/import-worker.cjs');
    expect(config.asarUnpack).toContain('dist-electron/structure-worker.cjs');
    expect(config.asarUnpack).toContain('dist-electron/indicators-worker.cjs');
  });

  it('sets the Electron fuses that close the ways around the packaged app (issue 15)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('associates .thorline files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'thorline', name: 'Thorline workspace', role: 'Editor' }),
    ]);
  });

  it('ships the Electron-ABI binding where the packaged main process loads it', () => {
    const [resource] = config.extraResources;
    expect(resource.from).toBe(
      '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(path.join('/resources', resource.to)).toBe(packagedBindingPath('/resources'));
  });

  it('has a 512x512 icon for every platform', () => {
    for (const platform of ['linux', 'win', 'mac']) {
      const icon = path.join(REPO, config[platform].icon);
      const png = PNG.sync.read(fs.readFileSync(icon));
      expect([png.width, png.height], platform).toEqual([512, 512]);
    }
  });
});
