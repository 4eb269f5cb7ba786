// App-wide state that belongs to no view: the ready signal the tests (and a
// splash) wait on, which overlay is open, and errors to show the user.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface AppNotice {
  id: number
  message: string
}

export const useAppStore = defineStore('app', () => {
  const ready = ref(false)
  const preferencesOpen = ref(false)
  const helpOpen = ref(false)
  const notices = ref<AppNotice[]>([])
  let nextNotice = 1

  /** Marks whether the current view has rendered its data: mirrored on
   * `<html data-ready>`, false while navigating or loading. */
  function setReady(value: boolean): void {
    ready.value = value
    document.documentElement.dataset.ready = String(value)
  }

  /** Queues an error for the user. ApiError messages are already in the
   * user's language; anything else is shown by its message. */
  function report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error)
    notices.value.push({ id: nextNotice++, message })
    console.error(error)
  }

  /** Removes the notices the shell has shown. */
  function takeNotices(): AppNotice[] {
    const taken = notices.value
    notices.value = []
    return taken
  }

  /** Opens or closes the preferences drawer. */
  function togglePreferences(open = !preferencesOpen.value): void {
    preferencesOpen.value = open
    if (open) helpOpen.value = false
  }

  /** Opens or closes the keyboard help. */
  function toggleHelp(open = !helpOpen.value): void {
    helpOpen.value = open
    if (open) preferencesOpen.value = false
  }

  return { ready, preferencesOpen, helpOpen, notices, setReady, report, takeNotices, togglePreferences, toggleHelp }
})
