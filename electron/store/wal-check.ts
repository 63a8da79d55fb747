// Reads a leftover write-ahead log before SQLite replays it, to tell the user when a damaged log is about to drop
// saved edits. SQLite replays frames up to the last good commit and silently ignores the rest; a commit frame of
// the same log generation (same salts) after a damaged frame is an edit that was acknowledged and is now lost.
// Format: https://www.sqlite.org/fileformat2.html#the_write_ahead_log
import { readFileSync } from 'node:fs';

export interface WalReport {
  /** complete frames in the file */
  frames: number;
  /** frames SQLite will replay (up to the last valid commit) */
  replayed: number;
  /** commits after the damage that SQLite will drop */
  droppedCommits: number;
}

const MAGIC_LE = 0x377f0682;
const MAGIC_BE = 0x377f0683;

/** SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from [s1, s2]. */
function checksum(data: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s1, s2] = s;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const a = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const b = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s1 = (s1 + a + s2) >>> 0;
    s2 = (s2 + b + s1) >>> 0;
  }
  return [s1, s2];
}

/** What SQLite will make of the log at walPath, or null when there is none worth reading. */
export function inspectWal(walPath: string): WalReport | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(walPath);
  } catch {
    return null;
  }
  if (bytes.length < 32) return null;
  const magic = bytes.readUInt32BE(0);
  if (magic !== MAGIC_LE && magic !== MAGIC_BE) return null;
  const bigEndian = magic === MAGIC_BE;
  const pageSize = bytes.readUInt32BE(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  let sum = checksum(bytes.subarray(0, 24), bigEndian, [0, 0]);
  const headerOk = sum[0] === bytes.readUInt32BE(24) && sum[1] === bytes.readUInt32BE(28);
  const frameSize = 24 + pageSize;
  // a damaged header makes SQLite ignore the whole log; its generation is then read from the first frame
  const saltsAt = headerOk || bytes.length < 32 + frameSize ? 16 : 32 + 8;
  const salt1 = bytes.readUInt32BE(saltsAt);
  const salt2 = bytes.readUInt32BE(saltsAt + 4);
  const frames = Math.floor((bytes.length - 32) / frameSize);
  let replayed = 0;
  let firstBad = headerOk ? frames : 0;
  for (let i = 0; headerOk && i < frames; i++) {
    const off = 32 + i * frameSize;
    if (bytes.readUInt32BE(off + 8) !== salt1 || bytes.readUInt32BE(off + 12) !== salt2) {
      firstBad = i;
      break;
    }
    sum = checksum(bytes.subarray(off, off + 8), bigEndian, sum);
    sum = checksum(bytes.subarray(off + 24, off + frameSize), bigEndian, sum);
    if (sum[0] !== bytes.readUInt32BE(off + 16) || sum[1] !== bytes.readUInt32BE(off + 20)) {
      firstBad = i;
      break;
    }
    if (bytes.readUInt32BE(off + 4) !== 0) replayed = i + 1; // a commit frame
  }
  let droppedCommits = 0;
  for (let i = firstBad; i < frames; i++) {
    const off = 32 + i * frameSize;
    const sameGeneration = bytes.readUInt32BE(off + 8) === salt1 && bytes.readUInt32BE(off + 12) === salt2;
    if (sameGeneration && bytes.readUInt32BE(off + 4) !== 0) droppedCommits++;
  }
  return { frames, replayed, droppedCommits };
}
