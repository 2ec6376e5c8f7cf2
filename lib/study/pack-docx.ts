/**
 * A Word document → the bytes of its .docx, the same bytes every time. The docx package stamps the
 * time of packing twice: in the core properties (dcterms:created and
 * dcterms:modified) and as every zip entry's modification time. So two
 * builds of the same content gave different downloads. Both are set here to
 * one fixed time; the entries keep their order and the compression level
 * is fixed, so the same document always packs to the same bytes.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The earliest time a zip entry can record: a download is a function of the
 * content, not of when it was built. Zip entries store local wall-clock
 * fields, so the zip time is local midnight (the same bytes in any time zone).
 */
const ZIP_TIME = new Date(1980, 0, 1);
const CORE_TIME = '1980-01-01T00:00:00Z';
const CORE_PROPERTIES = 'docProps/core.xml';
const STAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

const DOCUMENT_PART = 'word/document.xml';

/** `editDocumentXml`: rewrites word/document.xml before it is packed (handoutDocx puts the clauses in). */
export async function packDocx(document: Document, editDocumentXml: (xml: string) => string = (xml) => xml): Promise<Uint8Array> {
  const entries = unzipSync(await Packer.toBuffer(document));
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const bytes =
      name === CORE_PROPERTIES ? strToU8(strFromU8(data).replace(STAMP, `$1${CORE_TIME}$3`)) : name === DOCUMENT_PART ? strToU8(editDocumentXml(strFromU8(data))) : data;
    files[name] = [bytes, { mtime: ZIP_TIME, level: 6 }];
  }
  return zipSync(files);
}
