// Runs `flush` whenever the page may be about to go away: hidden, unloaded or
// closed. The saves it starts are short HTTP/IPC calls that are sent at once.
import { onBeforeUnmount, onMounted } from 'vue'

export function useFlushOnLeave(flush: () => void): void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', flush)
    window.removeEventListener('beforeunload', flush)
  })
}
