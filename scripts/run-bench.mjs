// `npm run bench`: builds the app (the first-paint measure runs the real
// browser host), then runs the bench with tsx.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] })
if (built.status !== 0) process.exit(built.status ?? 1)
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const run = spawnSync(process.execPath, [tsx, join(root, 'bench', 'index.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
