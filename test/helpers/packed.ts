import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { makeTree } from './tree.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The package as `npm pack` makes it, from the build `npm test` just ran (scripts skipped: prepack would
 * build again). Returns the tarball's path, in a folder makeTree removes.
 */
export function packProject(): string {
  if (!existsSync(path.join(root, 'dist/cli/cli.js'))) throw new Error('dist/cli/cli.js is missing: run npm run build first');
  const into = makeTree({});
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack: ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
  return path.join(into, packed!.filename);
}

/** Installs a tarball into `dir` (a project of its own) as a user would; the npm registry supplies its dependencies. */
export function installPacked(dir: string, tarball: string): void {
  const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', tarball], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install ${tarball}: ${install.stderr}`);
}
