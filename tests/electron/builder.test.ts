import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../services/support';

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and hardens the binary', async () => {
    const config = parse(await readFile(join(repoRoot, 'electron-builder.yml'), 'utf8'));
    const schema = JSON.parse(
      await readFile(join(repoRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    );
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations[0].ext).toBe('newsroom.json');
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
  });

  it('ships a 512×512 PNG icon', async () => {
    const png = await readFile(join(repoRoot, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('package.json starts the built main bundle', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.start).toBe('npm run build && electron .');
  });
});
