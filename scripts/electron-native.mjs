// Builds better-sqlite3 for Electron's ABI into .yandu-electron/, beside (not
// over) the Node build that the command line and the tests use. Electron main
// loads it through better-sqlite3's `nativeBinding` option. Needs Electron's
// headers, so it runs only where Electron itself could be installed.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const target = join(root, '.yandu-electron', 'better_sqlite3.node')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
const stamp = join(root, '.yandu-electron', `electron-${electronVersion}`)
if (existsSync(target) && existsSync(stamp)) process.exit(0)

const work = join(root, '.yandu-electron', 'build')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true })
rmSync(join(work, 'build'), { recursive: true, force: true })
// npm ships node-gyp and names it in the environment of every script it runs.
const gyp = process.env.npm_config_node_gyp
const [command, prefix] = gyp ? [process.execPath, [gyp]] : ['npx', ['--yes', 'node-gyp']]
const result = spawnSync(
  command,
  [...prefix, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  { cwd: work, stdio: 'inherit' },
)
if (result.status !== 0) process.exit(result.status ?? 1)
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
cpSync(target, stamp)
rmSync(work, { recursive: true, force: true })
