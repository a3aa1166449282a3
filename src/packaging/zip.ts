/**
 * A small zip writer: deflate (Node's zlib, about ten times faster than a
 * JavaScript deflate and a little smaller) with a fixed date, so the same
 * build gives byte-identical zips. Entries are compressed once and can be
 * reused by every package that holds the same bytes (see build-package.ts):
 * 60 packages share most of their files.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  crc: number;
  size: number;
  /** Stored (method 0) or deflated (method 8) data. */
  method: 0 | 8;
  data: Buffer;
}

// 2026-01-01 00:00 in MS-DOS time and date.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

export function zipEntry(name: string, bytes: Uint8Array): ZipEntry {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Images are compressed already.
  const deflated = /\.(png|jpe?g|webp|woff2?)$/.test(name) ? buffer : deflateRawSync(buffer, { level: 9 });
  const method = deflated.length < buffer.length ? 8 : 0;
  return { name, crc: crc32(buffer), size: buffer.length, method, data: method === 8 ? deflated : buffer };
}

export function zipArchive(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 30);
    // extra length 0, comment 0, disk 0, internal 0, external 0
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
