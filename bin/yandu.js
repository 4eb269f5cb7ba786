#!/usr/bin/env node
// The `yandu` command: runs the built command line (npm install builds it).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('yandu: the app is not built yet: run `npm run build` (npm install does it)\n')
  process.exit(1)
}
await import(pathToFileURL(cli).href)
