// Writes an export so that the target is either the whole new file or
// untouched: the bytes go to a temporary file in the target's folder (same
// file system, so the rename is atomic), are flushed, then renamed over the
// target. Whatever fails, the temporary file is removed and the error says
// whether the folder or the name was refused.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { YanduError } from './errors'

/** The longest file name (in UTF-8 bytes) that the common file systems
 * (ext4, NTFS, APFS) all take; checked first for a clear message. */
const MAX_NAME_BYTES = 255

/** Codes that mean the name itself was refused. */
const BAD_NAME = new Set(['ENAMETOOLONG', 'EINVAL', 'EILSEQ', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE'])

function refusal(error: unknown, path: string): YanduError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  if (BAD_NAME.has(code)) return new YanduError('export-bad-name', { name: printable(basename(path)) })
  return new YanduError('export-folder-unwritable', { path: printable(dirname(path)), detail: code || (error as Error).message })
}

/** A name as a message can show it: control characters made visible, long ones cut. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
  return shown.length > 80 ? `${shown.slice(0, 40)}…${shown.slice(-20)}` : shown
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true })
  } catch {
    // Under a path that is not a folder there was nothing to remove.
  }
}

/** Writes `data` to `path` atomically and returns the number of bytes.
 * Throws YanduError('export-bad-name') for a name the file system refuses
 * (a NUL, too long) or ('export-folder-unwritable') for a folder that is
 * missing, not a folder, or not writable; nothing is left behind. */
export function writeFileAtomically(path: string, data: Buffer | string): number {
  const target = resolve(path)
  const name = basename(target)
  if (!name || name.includes('\0') || Buffer.byteLength(name) > MAX_NAME_BYTES || target.includes('\0')) {
    throw new YanduError('export-bad-name', { name: printable(name) })
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  // A short name of our own: the target's name may be at the length limit.
  const temp = resolve(dirname(target), `.yandu-${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx', 0o644)
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temp, target)
    return bytes.length
  } catch (error) {
    if (fd !== null) closeSync(fd)
    removeQuietly(temp)
    throw refusal(error, target)
  }
}
