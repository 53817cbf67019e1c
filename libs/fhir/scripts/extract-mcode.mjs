#!/usr/bin/env node
// Copies the mCODE 4.0.0 StructureDefinitions the FHIR mapping validates against into
// libs/fhir/profiles/mcode-4.0.0/ and records where they came from (SOURCE.md).
//
// The package's own dependencies (US Core, the terminology and extension packs) are not on npm, so
// the whole package cannot be installed; the StructureDefinitions carry full snapshots, which is
// all @medplum/core's validator reads. Run from anywhere: `node libs/fhir/scripts/extract-mcode.mjs`.
// Needs only Node and npm (the tarball is unpacked here, without `tar`).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const PACKAGE = 'hl7.fhir.us.mcode';
const VERSION = '4.0.0';

// The profiles an export may claim, and the extension/identifier definitions they use.
const WANTED = [
  'mcode-cancer-patient',
  'mcode-primary-cancer-condition',
  'mcode-secondary-cancer-condition',
  'mcode-tumor',
  'mcode-tumor-size',
  'mcode-ecog-performance-status',
  'mcode-tumor-marker-test',
  'mcode-histology-morphology-behavior',
  'mcode-related-condition',
  'mcode-laterality-qualifier',
  'mcode-body-location-qualifier',
  'mcode-body-structure-identifier',
];

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'profiles', `mcode-${VERSION}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The files of a .tar buffer (ustar: 512-byte headers, contents padded to 512). */
function untar(buffer) {
  const files = new Map();
  for (let offset = 0; offset + 512 <= buffer.length;) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const start = offset + 512;
    if (type === '0' || type === '') files.set(name, buffer.subarray(start, start + size));
    offset = start + Math.ceil(size / 512) * 512;
  }
  return files;
}

const work = mkdtempSync(join(tmpdir(), 'mcode-'));
try {
  const view = JSON.parse(
    execFileSync(npm, ['view', `${PACKAGE}@${VERSION}`, 'dist', '--json'], { encoding: 'utf8' }),
  );
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', `${PACKAGE}@${VERSION}`, '--json', '--silent'], {
      cwd: work,
      encoding: 'utf8',
    }),
  );
  const tarball = readFileSync(join(work, packed.filename));

  // The bytes we unpack must be the ones the registry vouches for.
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (integrity !== view.integrity) {
    throw new Error(`integrity mismatch: registry says ${view.integrity}, tarball is ${integrity}`);
  }

  const files = untar(gunzipSync(tarball));
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) rmSync(join(outDir, old));

  const copied = [];
  for (const id of WANTED) {
    const name = `StructureDefinition-${id}.json`;
    const content = files.get(`package/${name}`);
    if (!content) throw new Error(`${name} is not in ${PACKAGE}@${VERSION}`);
    const sd = JSON.parse(content.toString('utf8'));
    if (sd.resourceType !== 'StructureDefinition' || !sd.snapshot) throw new Error(`${name}: no snapshot`);
    writeFileSync(join(outDir, name), content);
    copied.push({ name, url: sd.url });
  }

  const source = [
    `# mCODE ${VERSION} StructureDefinitions`,
    '',
    'Copied unchanged from the HL7 FHIR package by `libs/fhir/scripts/extract-mcode.mjs`; the tests',
    'validate exported resources against them. Re-run the script to refresh; do not edit the JSON.',
    '',
    `- Package: \`${PACKAGE}\``,
    `- Version: ${VERSION}`,
    `- Tarball: ${view.tarball}`,
    `- Integrity (npm view): \`${view.integrity}\` (checked against the downloaded tarball)`,
    '- Licence: CC0-1.0 (package.json of the package)',
    `- Extracted: ${new Date().toISOString().slice(0, 10)}`,
    '',
    '## Files',
    '',
    ...copied.map(({ name, url }) => `- \`${name}\` — ${url}`),
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'SOURCE.md'), source);
  console.log(`Wrote ${copied.length} StructureDefinitions and SOURCE.md to ${outDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
