// Writes text to the clipboard: the async Clipboard API first, and where it is
// refused (no permission, an unfocused document, an old Electron policy) the
// old way: a hidden textarea, selected and copied with execCommand. The
// user's selection in the page is put back afterwards.

/** Copies `text`; resolves true when one of the two ways worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the textarea
  }
  return copyWithTextarea(text)
}

function copyWithTextarea(text: string): boolean {
  const selection = document.getSelection()
  const saved = selection && selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none'
  document.body.appendChild(area)
  area.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  area.remove()
  focused?.focus({ preventScroll: true })
  if (saved && selection) {
    selection.removeAllRanges()
    selection.addRange(saved)
  }
  return ok
}
