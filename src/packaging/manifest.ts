/**
 * imsmanifest.xml, one template per SCORM version, built with xmlbuilder2 so
 * every text is escaped. A package is one SCO (the launch page) whose resource
 * names every file in the zip.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

export interface ManifestInput {
  /** Unique manifest identifier, e.g. "se-ips-nb-scorm2004". */
  identifier: string;
  lang: string;
  title: string;
  description: string;
  /** Percentage needed to pass. */
  masteryScore: number;
  /** Launch page, relative to the package root. */
  launch: string;
  /** Every file in the package except imsmanifest.xml, relative to the root. */
  files: string[];
}

/** The schema files each version's manifest refers to; they ship at the package root. */
export const schemaFiles = {
  '2004': ['adlcp_v1p3.xsd', 'adlnav_v1p3.xsd', 'adlseq_v1p3.xsd', 'imscp_v1p1.xsd', 'imsss_v1p0.xsd', 'imsss_v1p0auxresource.xsd', 'imsss_v1p0control.xsd', 'imsss_v1p0delivery.xsd', 'imsss_v1p0limit.xsd', 'imsss_v1p0objective.xsd', 'imsss_v1p0random.xsd', 'imsss_v1p0rollup.xsd', 'imsss_v1p0seqrule.xsd', 'imsss_v1p0util.xsd', 'xml.xsd', 'XMLSchema.dtd', 'datatypes.dtd'],
  '1.2': ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
} as const;

/** The one organization with its one item (the course), the same in both versions; returns the item. */
function organization(root: XMLBuilder, input: ManifestInput): XMLBuilder {
  const org = root.ele('organizations', { default: 'course' }).ele('organization', { identifier: 'course' });
  org.ele('title').txt(input.title);
  const item = org.ele('item', { identifier: 'course-item', identifierref: 'course-resource' });
  item.ele('title').txt(input.title);
  return item;
}

function resource(parent: XMLBuilder, input: ManifestInput, scormTypeAttribute: string) {
  const res = parent.ele('resources').ele('resource', { identifier: 'course-resource', type: 'webcontent', [scormTypeAttribute]: 'sco', href: input.launch });
  for (const file of input.files) res.ele('file', { href: file });
}

export function manifest2004(input: ManifestInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsglobal.org/xsd/imscp_v1p1', 'manifest', {
    identifier: input.identifier,
    version: '1',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  });
  const meta = root.ele('metadata');
  meta.ele('schema').txt('ADL SCORM');
  meta.ele('schemaversion').txt('2004 4th Edition');
  // Title and description in a separate LOM file: inline LOM would need the LOM schema mapped in
  // schemaLocation and shipped in the package, or ADL's conformance test rejects the manifest.
  meta.ele('adlcp:location').txt(METADATA_FILE);
  const item = organization(root, input);
  // The LMS may judge success itself from score.scaled: give it the same pass mark the course uses.
  item.ele('imsss:sequencing').ele('imsss:objectives')
    .ele('imsss:primaryObjective', { objectiveID: 'mastery', satisfiedByMeasure: 'true' })
    .ele('imsss:minNormalizedMeasure').txt(String(input.masteryScore / 100));
  resource(root, input, 'adlcp:scormType');
  return root.end({ prettyPrint: true });
}

export function manifest12(input: ManifestInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'manifest', {
    identifier: input.identifier,
    version: '1.2',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  });
  const meta = root.ele('metadata');
  meta.ele('schema').txt('ADL SCORM');
  meta.ele('schemaversion').txt('1.2');
  // Title and description live in a separate LOM file (see metadata12), the form SCORM 1.2 allows besides inline LOM.
  meta.ele('adlcp:location').txt(METADATA_FILE);
  const item = organization(root, input);
  item.ele('adlcp:masteryscore').txt(String(input.masteryScore));
  resource(root, input, 'adlcp:scormtype');
  return root.end({ prettyPrint: true });
}

/** The package's metadata file (referenced by adlcp:location): LOM with title and description, in the version's binding. */
export const METADATA_FILE = 'course-metadata.xml';

/** SCORM 2004: IEEE LOM (the LOMv1.0 XML binding). */
export function metadata2004(input: ManifestInput): string {
  const lom = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://ltsc.ieee.org/xsd/LOM', 'lom');
  const general = lom.ele('general');
  general.ele('title').ele('string', { language: input.lang }).txt(input.title);
  general.ele('language').txt(input.lang);
  general.ele('description').ele('string', { language: input.lang }).txt(input.description);
  return lom.end({ prettyPrint: true });
}

/** SCORM 1.2: IMS LOM 1.2.1. */
export function metadata12(input: ManifestInput): string {
  const lom = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'lom');
  const general = lom.ele('general');
  general.ele('title').ele('langstring', { 'xml:lang': input.lang }).txt(input.title);
  general.ele('description').ele('langstring', { 'xml:lang': input.lang }).txt(input.description);
  return lom.end({ prettyPrint: true });
}
