// electron-builder configuration checked as far as this offline machine allows: electron-builder's own loader
// and schema, the targets, the icon, the before-pack hook, and a real `--linux dir` packaging run against a
// stand-in Electron distribution (the real binary cannot be downloaded here) to see what ends up in the app.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/paths';
import { buildElectronBundles } from '../../scripts/build-lib.mjs';

const require = createRequire(import.meta.url);
const builderCli = join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
const configFile = 'build/electron-builder.yml';

interface TargetEntry {
  target: string;
  arch: string[];
}
// the resolved electron-builder configuration, read as loose JSON the way its own validator reads it
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Config = Record<string, any>;

let config: Config;
beforeAll(async () => {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  config = await getConfig(repoRoot, configFile, null);
  // throws on any option electron-builder does not know or a wrong type
  await validateConfiguration(config, new DebugLogger(false));
});

/**
 * A real node_modules for a temporary project: the repository's files hard-linked (copied across file systems), not
 * one symlink to it. Through a symlinked node_modules, `npm list` (electron-builder's dependency collector) finds
 * every package outside the project and reports better-sqlite3's `bindings` missing, so it is left out of the app;
 * that only worked while npm trusted node_modules/.package-lock.json, i.e. until anything (vitest's .vite cache)
 * touched node_modules after the last install, as in every fresh clone. Dot entries (caches, .bin, npm's hidden
 * lockfile) stay out: npm then reads the installed tree itself, as it does on a build machine.
 */
function linkNodeModules(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (top && e.name.startsWith('.')) continue;
    const [src, dest] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) linkNodeModules(src, dest, false);
    else if (e.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else {
      try {
        linkSync(src, dest);
      } catch {
        copyFileSync(src, dest);
      }
    }
  }
}

function targets(platform: 'win' | 'linux'): Record<string, string[]> {
  return Object.fromEntries((config[platform].target as TargetEntry[]).map((t) => [t.target, [...t.arch].sort()]));
}

describe('electron-builder configuration', () => {
  it('names the app', () => {
    expect(config.appId).toBe('cn.gov.mz.yaodian');
    expect(config.productName).toBe('要点');
    expect(config.executableName).toBe('yaodian');
  });

  it('builds NSIS and portable for x64 and ia32, deb and AppImage for x64 and arm64', () => {
    expect(targets('win')).toEqual({ nsis: ['ia32', 'x64'], portable: ['ia32', 'x64'] });
    expect(targets('linux')).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
  });

  it('makes an assisted Chinese installer that offers per-user or per-machine installation', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      language: '2052',
      shortcutName: '要点',
    });
    expect(config.portable.buildUniversalInstaller).toBe(false);
    expect(config.portable.artifactName).toContain('${arch}');
  });

  it('runs both packaging hooks', () => {
    expect(config.beforePack).toBe('build/before-pack.cjs');
    expect(config.afterPack).toBe('build/after-pack.cjs');
  });

  it('rebuilds better-sqlite3 for Electron only when packaging, and unpacks its .node', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.asarUnpack.some((p: string) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist-electron/main.js');
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(pkg.scripts?.[hook] ?? '', hook).not.toMatch(/electron-builder|electron-rebuild|install-app-deps/);
    }
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
  });

  it('has a 512×512 RGBA PNG icon', () => {
    const png = readFileSync(join(repoRoot, 'build', 'icon.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(png[25]).toBe(6); // colour type 6: RGBA (transparent corners)
  });

  it('the before-pack hook refuses to package without the build outputs', async () => {
    const hook = require(join(repoRoot, 'build', 'before-pack.cjs'));
    const empty = tempDir('yaodian-prepack-');
    try {
      await expect(hook({ packager: { projectDir: empty } })).rejects.toThrow(/npm run build/);
      for (const rel of [
        'dist/renderer/index.html',
        'dist-electron/main.js',
        'dist-electron/preload.cjs',
        'build/icon.png',
      ]) {
        mkdirSync(join(empty, rel, '..'), { recursive: true });
        writeFileSync(join(empty, rel), '');
      }
      await expect(hook({ packager: { projectDir: empty } })).resolves.toBeUndefined();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the after-pack hook refuses an app whose packed packages miss a run-time dependency', async () => {
    const hook = require(join(repoRoot, 'build', 'after-pack.cjs'));
    const asar = require('@electron/asar');
    const dir = tempDir('yaodian-afterpack-');
    const app = join(dir, 'app');
    const resources = join(dir, 'resources');
    const context = { appOutDir: dir, packager: { getResourcesDir: () => resources } };
    const put = (rel: string, text: string) => {
      mkdirSync(join(app, rel, '..'), { recursive: true });
      writeFileSync(join(app, rel), text);
    };
    const pkg = (name: string, dependencies: Record<string, string> = {}, extra: object = {}) =>
      JSON.stringify({ name, version: '1.0.0', dependencies, ...extra });
    const pack = async () => {
      rmSync(resources, { recursive: true, force: true });
      mkdirSync(resources);
      await asar.createPackage(app, join(resources, 'app.asar'));
    };
    try {
      put('package.json', pkg('yaodian'));
      put(
        'dist-electron/main.js',
        'import { app } from "electron";\nimport { join } from "node:path";\nimport Database from "better-sqlite3";\n',
      );
      put(
        'node_modules/better-sqlite3/package.json',
        pkg('better-sqlite3', { bindings: '^1.5.0', 'prebuild-install': '^7.1.1' }),
      );
      await pack();
      await expect(hook(context)).rejects.toThrow(/node_modules\/better-sqlite3 → bindings/);
      expect(hook.missingRuntimePackages(resources)).toEqual(['node_modules/better-sqlite3 → bindings']);

      put('node_modules/bindings/package.json', pkg('bindings', { 'file-uri-to-path': '1.0.0' }));
      await pack();
      expect(hook.missingRuntimePackages(resources)).toEqual(['node_modules/bindings → file-uri-to-path']);
      // a copy nested under the package that needs it counts too
      put('node_modules/bindings/node_modules/file-uri-to-path/package.json', pkg('file-uri-to-path'));
      await pack();
      await expect(hook(context)).resolves.toBeUndefined();

      // the main bundle's own externals must be there as well, and optional dependencies need not be
      rmSync(join(app, 'node_modules', 'better-sqlite3'), { recursive: true });
      put(
        'node_modules/bindings/node_modules/file-uri-to-path/package.json',
        pkg('file-uri-to-path', { x: '1' }, { optionalDependencies: { x: '1' } }),
      );
      await pack();
      expect(hook.missingRuntimePackages(resources)).toEqual(['dist-electron/main.js → better-sqlite3']);

      // with asar off the files are read from resources/app
      rmSync(resources, { recursive: true });
      cpSync(app, join(resources, 'app'), { recursive: true });
      expect(hook.missingRuntimePackages(resources)).toEqual(['dist-electron/main.js → better-sqlite3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the electron-builder command line runs', () => {
    const r = spawnSync(process.execPath, [builderCli, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--linux');
  });
});

describe('packaging a Linux directory with a stand-in Electron', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  // Electron's fuse wire as shipped: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
  // asar integrity off, only-asar off, V8 snapshot off, file:// extra privileges on
  const SHIPPED_WIRE = '10110001';
  let project: string;
  let outDir: string;

  beforeAll(async () => {
    project = tempDir('yaodian-pack-');
    cpSync(join(repoRoot, 'build'), join(project, 'build'), { recursive: true });
    copyFileSync(join(repoRoot, 'package.json'), join(project, 'package.json'));
    linkNodeModules(join(repoRoot, 'node_modules'), join(project, 'node_modules'));
    await buildElectronBundles({ outDir: join(project, 'dist-electron') });
    mkdirSync(join(project, 'dist', 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>要点</title>');
    writeFileSync(join(project, 'dist', 'renderer', 'assets', 'index.js'), '');
    writeFileSync(join(project, 'dist', 'renderer', 'assets', 'index.js.map'), '{}');

    const electronDist = join(project, 'electron-dist');
    mkdirSync(join(electronDist, 'locales'), { recursive: true });
    mkdirSync(join(electronDist, 'resources'));
    for (const l of ['zh-CN', 'en-US', 'de', 'ja']) writeFileSync(join(electronDist, 'locales', `${l}.pak`), '');
    const binary = Buffer.concat([
      Buffer.from('#!/bin/sh\n# '),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE),
      Buffer.from('\n'),
    ]);
    writeFileSync(join(electronDist, 'electron'), binary);
    chmodSync(join(electronDist, 'electron'), 0o755);

    const r = spawnSync(
      process.execPath,
      // npmRebuild off: rebuilding for Electron needs its headers from the internet (on by default, tested above)
      [
        builderCli,
        '--linux',
        'dir',
        '--x64',
        '--config',
        configFile,
        '--publish',
        'never',
        '-c.npmRebuild=false',
        `-c.electronDist=${electronDist}`,
      ],
      { cwd: project, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CI: '1' } },
    );
    if (r.status !== 0) throw new Error(`electron-builder failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    outDir = join(project, 'release', 'linux-unpacked');
  }, 300_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('packs the bundles, the renderer, better-sqlite3 and the PDF libraries only, with its .node outside the archive', () => {
    const asar = require('@electron/asar');
    const files: string[] = asar.listPackage(join(outDir, 'resources', 'app.asar'), {});
    for (const f of [
      '/package.json',
      '/dist-electron/main.js',
      '/dist-electron/preload.cjs',
      '/dist/renderer/index.html',
      '/build/icon.png',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/bindings/bindings.js',
    ]) {
      expect(files, f).toContain(f);
    }
    const packages = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    // pdfkit and fontkit (PDF export) with their dependencies: they read font data beside their code
    const pdf = ['@noble', '@swc', 'base64-js', 'brotli', 'clone', 'dfa', 'fast-deep-equal', 'fflate', 'fontkit'];
    const pdfMore = ['linebreak', 'pako', 'pdfkit', 'png-js', 'restructure', 'tiny-inflate', 'unicode-properties'];
    const expected = ['better-sqlite3', 'bindings', 'file-uri-to-path', ...pdf, ...pdfMore, 'unicode-trie'];
    expect([...packages].sort()).toEqual(expected.sort());
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.some((f) => f.startsWith('/electron/') || f.startsWith('/tests/') || f.startsWith('/shared/'))).toBe(
      false,
    );
    expect(
      existsSync(
        join(
          outDir,
          'resources',
          'app.asar.unpacked',
          'node_modules',
          'better-sqlite3',
          'build',
          'Release',
          'better_sqlite3.node',
        ),
      ),
    ).toBe(true);
  });

  it('names the executable yaodian, keeps only the Chinese and English locales, flips the fuses', () => {
    expect(existsSync(join(outDir, 'yaodian'))).toBe(true);
    expect(readdirSync(join(outDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
    const bin = readFileSync(join(outDir, 'yaodian'));
    const at = bin.indexOf(SENTINEL) + SENTINEL.length;
    const wire = bin.subarray(at + 2, at + 2 + SHIPPED_WIRE.length).toString('latin1');
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, only-asar on,
    // V8 snapshot unchanged, file:// extra privileges off
    expect(wire).toBe('01001100');
  });
});
