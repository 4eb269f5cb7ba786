// Electron's main process, kept thin: it opens the library, registers the API
// and shows the one window. Everything the app does lives in electron/core.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app, dialog, ipcMain, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { dataDirFromArgs, defaultDataDir } from '../core/data-dir'
import { processLocale, toErrorPayload } from '../core/errors'
import { openLibrary, type Library } from '../core/library'
import { getPreferences } from '../core/preferences'
import { suggestExportPath } from '../core/export-path'
import { createHandlers } from '../core/service'
import type { YanduHandlers } from '../api'
import { electronPdfPrinter } from './print-pdf'
import { createAppUrlCheck, createTrustedFrameCheck, registerApi, type AppPage } from './ipc'
import { appRoot, createMainWindow, rendererDir } from './window'

// Before anything reads userData (the single-instance lock lives there): the
// desktop app, the browser host and the command line share one data folder,
// unless `--data DIR` names another.
app.setName('yandu')
app.setPath('userData', resolve(dataDirFromArgs(process.argv) ?? defaultDataDir()))

// Only electron-vite's dev command sets this; a packaged app never loads a URL.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const page: AppPage = { rendererDir, devServerUrl }

let library: Library | undefined
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database would fight over it: hand over and leave.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (library && !mainWindow) showWindow()
  })
  // After the windows have closed, so a last save sent while closing still lands.
  app.on('will-quit', () => {
    library?.close()
    library = undefined
  })
  void app.whenReady().then(start)
}

function start(): void {
  try {
    library = openLibrary(app.getPath('userData'), {
      seedFile: join(appRoot, 'resources', 'report.txt'),
      nativeBinding: electronBinding(),
    })
  } catch (error) {
    // A data folder that cannot be opened gets a message, never a blank window.
    const title = processLocale() === 'en' ? 'Yandu cannot start' : '研读无法启动'
    dialog.showErrorBox(title, toErrorPayload(error).message)
    app.exit(1)
    return
  }
  const handlers = { ...createHandlers(library.db, { pdf: electronPdfPrinter }), chooseExportPath: chooseExportPathNatively }
  registerApi(ipcMain, handlers, createTrustedFrameCheck(page), () => getPreferences(library!.db).locale)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()))
  showWindow()
}

/** The desktop app asks where to save with the system's own dialog. */
const chooseExportPathNatively: YanduHandlers['chooseExportPath'] = async ({ title, extension }) => {
  const suggestion = suggestExportPath(title, extension)
  const options = { defaultPath: suggestion.path ?? undefined, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  return { path: result.canceled || !result.filePath ? null : result.filePath, native: true }
}

function showWindow(): void {
  mainWindow = createMainWindow({ isAppUrl: createAppUrlCheck(page) })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  if (devServerUrl) void mainWindow.loadURL(devServerUrl)
  else void mainWindow.loadFile(join(rendererDir, 'index.html'))
}

/** better-sqlite3 built for Electron's ABI, when the install made one; the
 * module's own build serves plain Node (the CLI, the tests). */
function electronBinding(): string | undefined {
  const file = join(appRoot, '.yandu-electron', 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

function menuTemplate(): MenuItemConstructorOptions[] {
  const mac = process.platform === 'darwin'
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: '重新加载' },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ]
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: '文件', submenu: [mac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    {
      label: '窗口',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'zoom', label: '缩放' },
        ...(mac ? [{ type: 'separator' } as const, { role: 'front', label: '前置全部窗口' } as const] : []),
        { role: 'close', label: '关闭' },
      ],
    },
  ]
}
