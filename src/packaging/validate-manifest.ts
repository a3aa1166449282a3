/**
 * Validates a manifest against the official ADL/IMS schemas (scorm/schemas/),
 * through a small wrapper schema that imports every namespace the manifest
 * uses: validating against the content-packaging schema alone would let a
 * bogus `adlcp:scormType` through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const wrappers = {
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    // imsmd_rootv1p2p1.xsd is not deterministic and libxml2 refuses to compile it, so the 1.2 manifest
    // keeps its LOM metadata in a separate file (adlcp:location) and needs only these two.
  ],
} as const;

export const schemaDir = (version: '1.2' | '2004') => join(import.meta.dirname, '../../scorm/schemas', version === '2004' ? 'scorm2004' : 'scorm12');

/**
 * The official 1.2 ims_xml.xsd binds the XML namespace as the default namespace, which
 * libxml2 rejects as a namespace error; dropping that one redundant declaration
 * gives the same schema. The file shipped in packages is left as ADL published it.
 */
function patched(file: string, text: string): string {
  return file === 'ims_xml.xsd' ? text.replace(' xmlns="http://www.w3.org/XML/1998/namespace"', '') : text;
}

/** Returns the schema errors, empty when the manifest is valid. */
export async function validateManifest(xml: string, version: '1.2' | '2004'): Promise<string[]> {
  return (await validateManifests([xml], version))[0];
}

/**
 * Validates many manifests in one run of xmllint (the schemas compile once:
 * about a second per run on a busy machine, so 60 packages must not pay it 60 times).
 * Returns each manifest's errors, in order.
 */
export async function validateManifests(xmls: string[], version: '1.2' | '2004'): Promise<string[][]> {
  if (xmls.length === 0) return [];
  const dir = schemaDir(version);
  const wrapper = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:se-ips:wrapper" elementFormDefault="qualified">
${wrappers[version].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`;
  const preload = readdirSync(dir).filter((f) => (f.endsWith('.xsd') || f.endsWith('.dtd')) && !f.startsWith('imsmd')).map((f) => ({ fileName: f, contents: patched(f, readFileSync(join(dir, f), 'utf8')) }));
  const names = xmls.map((_, i) => `manifest-${i}.xml`);
  const result = await validateXML({ xml: xmls.map((contents, i) => ({ fileName: names[i], contents })), schema: [{ fileName: 'wrapper.xsd', contents: wrapper }], preload });
  const errors = xmls.map((): string[] => []);
  if (result.valid) return errors;
  for (const e of result.errors) {
    const i = e.loc ? names.indexOf(e.loc.fileName) : -1;
    // An error that names no manifest counts against all of them rather than none.
    for (const k of i >= 0 ? [i] : errors.keys()) errors[k].push(e.message);
  }
  if (errors.every((e) => e.length === 0)) errors.forEach((e) => e.push(result.rawOutput.trim() || 'xmllint found the manifests invalid without saying why'));
  return errors;
}
