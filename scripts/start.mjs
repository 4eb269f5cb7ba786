// `npm start`: the desktop app where Electron can run; else the same app
// through the browser host, said in one line.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    // The package exports the binary's path, and throws when the binary is missing.
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

if (!existsSync(join(root, 'out', 'main', 'cli.js')) || process.argv.includes('--build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}

const args = process.argv.slice(2).filter((a) => a !== '--build')
const electron = electronBinary()
if (electron) {
  const rebuilt = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { stdio: 'inherit' })
  if (rebuilt.status !== 0) console.log('研读: could not build SQLite for Electron; see the message above.')
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('研读: Electron is not installed here, so the app opens in your browser instead (the same app, served on 127.0.0.1 only).')
  const child = spawn(process.execPath, [join(root, 'bin', 'yandu.js'), 'serve', '--open', ...args], { stdio: 'inherit' })
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
}
