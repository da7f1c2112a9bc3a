// Reads a zip file's central directory (names and declared sizes) without inflating anything, so a
// DOCX can be checked against the decompression limits before a parser touches it.
// Format: PKWARE APPNOTE, "End of central directory record" and "Central directory file header".

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/** The entries of a zip archive; throws `not a zip archive` when the bytes are not one. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw new Error('damaged zip archive (bad central directory)');
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // Zip64 sizes (over 4 GB) are never legitimate in a document: report them as infinite.
    entries.push({
      name,
      compressedSize,
      uncompressedSize: uncompressedSize === ZIP64_MARK || compressedSize === ZIP64_MARK ? Number.POSITIVE_INFINITY : uncompressedSize,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
