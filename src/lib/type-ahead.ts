// Keeps what the user types in the moment between asking for an editor and
// the editor being there (批注 on a selection: the highlight is saved first,
// its comment editor shows after). A hidden text box takes the keyboard focus
// at once and holds the characters; the editor, once shown, takes them over
// (an IME composition in progress is let finish first). Nothing typed is lost.

let box: HTMLTextAreaElement | null = null
let composing = false

/** Starts holding keystrokes (call in the click or key handler). */
export function holdTyping(label: string): void {
  // Still holding for an earlier 批注: its characters carry over.
  const carried = box?.value ?? ''
  release()
  const el = document.createElement('textarea')
  el.value = carried
  el.setAttribute('aria-label', label)
  el.setAttribute('data-type-ahead', '')
  el.className = 'visually-hidden'
  el.addEventListener('compositionstart', () => (composing = true))
  el.addEventListener('compositionend', () => (composing = false))
  document.body.appendChild(el)
  el.focus({ preventScroll: true })
  box = el
}

/** Whether keystrokes are being held. */
export function holdingTyping(): boolean {
  return box !== null
}

/** Ends holding and gives what was typed (after a composition in progress ends). */
export async function takeTyping(): Promise<string> {
  const el = box
  if (!el) return ''
  if (composing) await new Promise<void>((resolve) => el.addEventListener('compositionend', () => resolve(), { once: true }))
  if (box !== el) return ''
  const text = el.value
  release()
  return text
}

function release(): void {
  box?.remove()
  box = null
  composing = false
}

/** Ends holding without an editor to take it (the save failed): the text is
 * given back so the caller can keep it; the focus goes to `fallback`. */
export function dropTyping(fallback?: HTMLElement | null): string {
  const text = box?.value ?? ''
  const hadFocus = box !== null && document.activeElement === box
  release()
  if (hadFocus) fallback?.focus({ preventScroll: true })
  return text
}
