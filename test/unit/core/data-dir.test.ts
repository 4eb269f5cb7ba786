import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appDataDir, dataDirFromArgs, defaultDataDir } from '../../../electron/core/data-dir'

describe('appDataDir', () => {
  it('follows Electron: XDG_CONFIG_HOME or ~/.config on Linux, APPDATA on Windows', () => {
    expect(appDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config')
    expect(appDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\a\\AppData\\Roaming')
    expect(appDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support$/)
  })
})

describe('defaultDataDir', () => {
  it('is the yandu folder inside the app-data folder, unless YANDU_DATA says otherwise', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x/config' })).toBe(join('/x/config', 'yandu'))
    expect(defaultDataDir({ YANDU_DATA: '/elsewhere' })).toBe('/elsewhere')
  })
})

describe('dataDirFromArgs', () => {
  it('reads --data DIR and --data=DIR', () => {
    expect(dataDirFromArgs(['electron', '.', '--data', '/d'])).toBe('/d')
    expect(dataDirFromArgs(['--data=/e'])).toBe('/e')
    expect(dataDirFromArgs(['--data'])).toBeUndefined()
  })
})
