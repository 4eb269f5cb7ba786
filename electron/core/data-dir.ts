// Where the data lives: the same folder Electron calls userData, so the
// desktop app, the browser host and the command line share one library.
import { accessSync, constants, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { YanduError } from './errors'

/** The application's folder name inside the platform's app-data folder. */
export const appFolderName = 'yandu'

/** Electron's `app.getPath('appData')`, computed without Electron. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA || join(homedir(), 'AppData', 'Roaming')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME || join(homedir(), '.config')
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.YANDU_DATA || join(appDataDir(env), appFolderName)
}

/** The folder named by `--data DIR` or `--data=DIR` in a command line, if any. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1]) return argv[i + 1]
    if (argv[i].startsWith('--data=')) return argv[i].slice('--data='.length)
  }
  return undefined
}

/** The database file inside a data folder. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, 'yandu.sqlite')
}

/** Creates the folder if needed and checks it can be written. Throws
 * YanduError('data-dir-unwritable') with the system's reason. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new YanduError('data-dir-unwritable', { path: dir, detail })
  }
}
