// Builds every process with electron-vite. Where the Electron package is
// absent (an optional dependency npm skipped), electron-vite needs to be told
// which Electron it builds for; the version comes from package.json.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const env = { ...process.env }
if (!existsSync(new URL('../node_modules/electron/package.json', import.meta.url)) && !env.ELECTRON_MAJOR_VER) {
  env.ELECTRON_MAJOR_VER = String(pkg.optionalDependencies.electron).replace(/^\D*/, '').split('.')[0]
}
const bin = new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)
const result = spawnSync(process.execPath, [bin.pathname, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env })
process.exit(result.status ?? 1)
