// The note of the section in view: loaded when the section changes, saved as
// the user types (debounced), and flushed at once when the section, the route
// or the page goes away, so nothing typed is lost.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { RichTextDoc } from '@api'
import { api } from '../api/client'
import { useAppStore } from './app'
import { useReaderStore } from './reader'

/** Pause in typing before a save: short, so little is at risk if the app dies. */
export const noteSaveDelayMs = 400

export type NoteStatus = 'empty' | 'loading' | 'pending' | 'saving' | 'saved' | 'error'

interface PendingNote {
  sectionId: number
  doc: RichTextDoc
  text: string
}

export const useNotesStore = defineStore('notes', () => {
  const sectionId = ref<number | null>(null)
  /** The loaded document of `sectionId`; null while loading or when it has no note. */
  const doc = shallowRef<RichTextDoc | null>(null)
  const status = ref<NoteStatus>('empty')
  /** Bumped on every load, so the editor knows to replace its content. */
  const revision = ref(0)
  let pending: PendingNote | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()

  /** Shows the note of another section (null: none): flushes the current one
   * first, then loads. A load that a later open overtook is dropped. */
  async function open(id: number | null): Promise<void> {
    if (id === sectionId.value) return
    void flush()
    sectionId.value = id
    doc.value = null
    if (id === null) {
      status.value = 'empty'
      revision.value++
      return
    }
    status.value = 'loading'
    try {
      const note = await api.getSectionNote({ sectionId: id })
      if (sectionId.value !== id) return
      doc.value = note?.doc ?? null
      status.value = note && note.text !== '' ? 'saved' : 'empty'
    } catch (error) {
      if (sectionId.value !== id) return
      status.value = 'error'
      useAppStore().report(error)
    }
    revision.value++
  }

  /** Records an edit of the note of `id`; it is written after a short pause. */
  function edit(id: number, newDoc: RichTextDoc, text: string): void {
    pending = { sectionId: id, doc: newDoc, text: text.trim() === '' ? '' : text }
    if (id === sectionId.value) status.value = 'pending'
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), noteSaveDelayMs)
  }

  /** Starts writing the pending edit; resolves when every write so far is done.
   * Writes are chained so they land in the order they were made, except when
   * the page is going away (`leaving`): then the request must start at once,
   * before the page is gone. */
  function flush(leaving = false): Promise<void> {
    clearTimeout(timer)
    const note = pending
    pending = null
    if (!note) return writing
    if (note.sectionId === sectionId.value) status.value = 'saving'
    const request = leaving ? api.saveSectionNote(note) : null
    request?.catch(() => undefined) // handled in the chain below
    writing = writing.then(async () => {
      try {
        await (request ?? api.saveSectionNote(note))
        useReaderStore().setHasNote(note.sectionId, note.text !== '')
        if (!pending && note.sectionId === sectionId.value) status.value = 'saved'
      } catch (error) {
        if (note.sectionId === sectionId.value) status.value = 'error'
        // Keep the edit for the next attempt unless a newer one replaced it.
        if (!pending) {
          pending = note
          timer = setTimeout(() => void flush(), noteSaveDelayMs * 10)
        }
        useAppStore().report(error)
      }
    })
    return writing
  }

  return { sectionId, doc, status, revision, open, edit, flush }
})
