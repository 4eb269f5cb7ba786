// Keyboard shortcuts: a small table of key tests and actions bound on window
// while the calling component is mounted. Single-letter keys are ignored while
// the user types (editor, inputs) so they never eat a character.
import { onBeforeUnmount, onMounted } from 'vue'

export interface Shortcut {
  /** Whether this event is the shortcut. */
  match(event: KeyboardEvent): boolean
  run(event: KeyboardEvent): void
  /** Also fire while focus is in a text field or the editor. */
  inText?: boolean
}

/** True when the event comes from somewhere the user types text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range'].includes(target.type)
  return false
}

/** True when a modal dialog (drawer, help) is open: reader keys then stand aside. */
export function isModalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null
}

/** Ctrl on Windows/Linux, ⌘ on macOS. */
export const primary = (event: KeyboardEvent) => event.ctrlKey || event.metaKey

export function useShortcuts(shortcuts: Shortcut[]): void {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    const typing = isTypingTarget(event.target)
    for (const shortcut of shortcuts) {
      if ((!typing || shortcut.inText) && shortcut.match(event)) {
        event.preventDefault()
        shortcut.run(event)
        return
      }
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
