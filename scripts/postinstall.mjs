// Runs after `npm install`. Electron is an optional dependency: where its
// binary cannot be downloaded (closed networks, CI), npm drops the package.
// The app then runs through the browser host, but the build and the type
// checker still need Electron's package (its types, its version): fetch the
// package alone, without the binary. Then build the app, so `yandu` and
// `npm start` work straight away.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const electronDir = join(root, 'node_modules', 'electron')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options })
}

if (!existsSync(join(electronDir, 'package.json'))) {
  console.log('postinstall: the Electron binary could not be installed here; fetching its package for types and the build (the app will run in the browser).')
  const version = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8')).optionalDependencies.electron
  const temp = mkdtempSync(join(tmpdir(), 'yandu-electron-'))
  const packed = run(npm, ['pack', `electron@${version}`, '--silent', '--pack-destination', temp], { stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = readdirSync(temp).find((f) => f.endsWith('.tgz'))
  if (packed.status === 0 && tarball) {
    mkdirSync(electronDir, { recursive: true })
    run('tar', ['-xzf', join(temp, tarball), '-C', electronDir, '--strip-components=1'])
  } else {
    console.log('postinstall: could not fetch the Electron package; the build will use ELECTRON_MAJOR_VER.')
  }
  rmSync(temp, { recursive: true, force: true })
}

const build = run(process.execPath, [join(root, 'scripts', 'build.mjs')])
process.exit(build.status ?? 1)
