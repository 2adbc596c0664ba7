import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../../..');

// electron-builder packs `files` plus every `dependencies` entry with what it depends on,
// whatever `files` says; so `dependencies` must be exactly what the built main and preload load.
const packageJsonSchema = z.object({
  dependencies: z.record(z.string(), z.string()),
  devDependencies: z.record(z.string(), z.string()),
  optionalDependencies: z.never().optional(),
  peerDependencies: z.never().optional(),
});
const lockSchema = z.object({
  packages: z.record(z.string(), z.object({ dev: z.boolean().optional() })),
});
const builderSchema = z.object({
  files: z.array(z.string()),
  asar: z.literal(true),
  extraMetadata: z.never().optional(),
  includeSubNodeModules: z.never().optional(),
});

// The server's and the renderer's packages: bundled or server-only, never in the installer.
const neverPacked =
  /^(fastify|fastify-.*|@fastify\/.*|pg|pg-.*|prom-client|close-with-grace|react|react-dom|rxdb|dexie|electron)$/;

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(resolve(root, path), 'utf8'));
}

// `@scope/name/sub` → `@scope/name`, `name/sub` → `name`.
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The packages the built main and preload load at run time, from electron-vite's own config. */
async function runtimeImports(): Promise<string[]> {
  const resolved = await resolveConfig({}, 'build', 'production');
  const loaded = new Set<string>();
  for (const target of ['main', 'preload'] as const) {
    const config = resolved.config?.[target];
    if (!config) throw new Error(`electron.vite.config.ts has no ${target} build`);
    const result = await build({
      ...config,
      logLevel: 'silent',
      build: { ...config.build, write: false },
    });
    if (!Array.isArray(result) && !('output' in result)) throw new Error('a watcher, not a build');
    for (const output of [result].flat()) {
      for (const chunk of output.output) {
        if (chunk.type !== 'chunk') continue;
        for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
          // Electron and Node provide these; everything else must come from node_modules.
          if (!id.startsWith('.') && id !== 'electron' && !isBuiltin(id)) loaded.add(packageOf(id));
        }
      }
    }
  }
  return [...loaded].sort();
}

describe('what the desktop installer packs', () => {
  it('declares as dependencies exactly the packages the built main and preload load', async () => {
    const pkg = packageJsonSchema.parse(await readJson('package.json'));
    const loaded = await runtimeImports();
    expect(loaded).toContain('electron-updater');
    expect(Object.keys(pkg.dependencies).sort()).toEqual(loaded);
    // electron-builder refuses to build with electron among the dependencies.
    expect(pkg.devDependencies).toHaveProperty('electron');
  });

  it('keeps the server and renderer packages out of the production install', async () => {
    const pkg = packageJsonSchema.parse(await readJson('package.json'));
    expect(Object.keys(pkg.dependencies).filter((name) => neverPacked.test(name))).toEqual([]);
    // The lock's production entries are the node_modules electron-builder copies.
    const lock = lockSchema.parse(await readJson('package-lock.json'));
    const production = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.dev !== true)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(production).toContain('electron-updater');
    expect(production.filter((name) => neverPacked.test(name))).toEqual([]);
  });

  it('adds only the built app to the installer, no sources or extra node_modules', async () => {
    const config = builderSchema.parse(
      parse(await readFile(resolve(root, 'electron-builder.yml'), 'utf8')),
    );
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'resources/icon.png',
      'package.json',
    ]);
  });
});
