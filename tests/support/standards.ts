/**
 * The IPTC standards the conformance tests check against, read from `../shared/standards/`
 * (never copied into the repository). Tests call `describeWithStandards` / check `standards.present`
 * so that a checkout without them skips with a message instead of failing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared/standards`; NEWSROOM_STANDARDS_DIR overrides it (e.g. to check the skip path). */
export const standardsDir = path.resolve(
  process.env.NEWSROOM_STANDARDS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'standards'),
);

const ninjsSchemaPath = path.join(standardsDir, 'ninjs', 'ninjs-schema_3.1.json');
const newsmlXsdPath = path.join(standardsDir, 'newsml-g2', 'NewsML-G2_2.35-spec-All-Power.xsd');
const newsmlCatalogPath = path.join(standardsDir, 'newsml-g2', 'catalog.xml');

/** The GeoJSON schema ninjs refers to by URL; offline we accept any geometry (see standards/README). */
const GEOJSON_SCHEMA_ID = 'https://geojson.org/schema/GeoJSON.json';

function xmllintAvailable(): boolean {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

export const standards = {
  dir: standardsDir,
  present: existsSync(ninjsSchemaPath) && existsSync(newsmlXsdPath),
  xmllint: xmllintAvailable(),
  ninjsExamplesDir: path.join(standardsDir, 'ninjs', 'examples'),
  newsmlExamplesDir: path.join(standardsDir, 'newsml-g2', 'examples'),
} as const;

/** Why a conformance suite is skipped, for `describe.skipIf(...)` titles and console notes. */
export const standardsSkipReason = standards.present
  ? ''
  : `IPTC standards not found at ${standardsDir}: conformance tests skipped`;
export const xmllintSkipReason = standards.xmllint
  ? ''
  : 'xmllint not installed (Debian: libxml2-utils): NewsML-G2 XSD validation skipped';

/** Reads a file from the standards folder (e.g. `ninjs/examples/dpa_text.json`). */
export function readStandard(relative: string): string {
  return readFileSync(path.join(standardsDir, relative), 'utf8');
}

export interface ValidationResult {
  valid: boolean;
  /** One line per problem, empty when valid. */
  errors: string[];
}

let ninjsValidate: ValidateFunction | undefined;

/** A compiled ajv validator for the official ninjs 3.1 schema (draft 2020-12, formats checked). */
export function ninjs31Validator(): ValidateFunction {
  if (ninjsValidate) return ninjsValidate;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({}, GEOJSON_SCHEMA_ID);
  const schema = JSON.parse(readFileSync(ninjsSchemaPath, 'utf8')) as object;
  ninjsValidate = ajv.compile(schema);
  return ninjsValidate;
}

const describeAjvError = (e: ErrorObject): string =>
  `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${
    e.keyword === 'unevaluatedProperties' || e.keyword === 'additionalProperties'
      ? ` (${JSON.stringify(e.params)})`
      : ''
  }`;

/** Validates a ninjs document (object or JSON text) against ninjs 3.1. */
export function validateNinjs31(doc: unknown): ValidationResult {
  const data: unknown = typeof doc === 'string' ? JSON.parse(doc) : doc;
  const validate = ninjs31Validator();
  const valid = validate(data) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describeAjvError) };
}

/**
 * Validates XML text against an XSD with xmllint, offline (`--nonet`), resolving imports through
 * an XML catalog when given. Reads the document from stdin so no temp files are left behind.
 */
export function validateXmlWithXsd(
  xml: string,
  xsdPath: string,
  catalogPath?: string,
): ValidationResult {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsdPath, '-'], {
    input: xml,
    encoding: 'utf8',
    env: { ...process.env, ...(catalogPath ? { XML_CATALOG_FILES: catalogPath } : {}) },
  });
  const lines = `${r.stderr ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/ validates$/.test(l));
  return { valid: r.status === 0, errors: r.status === 0 ? [] : lines };
}

/** Validates a NewsML-G2 document against the 2.35 All-Power XSD. */
export function validateNewsmlG2(xml: string): ValidationResult {
  return validateXmlWithXsd(xml, newsmlXsdPath, newsmlCatalogPath);
}
