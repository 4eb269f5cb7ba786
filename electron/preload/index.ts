// The preload script: the renderer's only door to main. It exposes the contract
// as window.yandu and nothing else; ipcRenderer stays inside this closure, so a
// page can reach no channel but the contract's.
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'yandu',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)
