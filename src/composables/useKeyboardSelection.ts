// Selecting the report's text from the keyboard. The text is not editable, so
// the browser gives it no caret; this gives it one:
// - Shift+←/→ (Ctrl: by word), Shift+↑/↓ (by line), Shift+Home/End select
//   from the caret, which starts at the focused highlight or paragraph (or
//   the first paragraph in view);
// - ←/→ (Ctrl: by word) move the caret and show it; once it shows, ↑/↓ and
//   Home/End move it too, and Esc hides it (↑/↓ scroll the text again).
// Built on Selection.modify, which moves by characters, words and lines as
// the browser lays the text out (Chinese words from its segmenter).
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { isModalOpen, isTypingTarget } from './useShortcuts'
import { placeCaret } from './useTextSelection'

export interface CaretBox {
  top: number
  left: number
  height: number
}

/** Room kept between the caret and the pane's edges when it scrolls. */
const caretMargin = 48

type Granularity = 'character' | 'word' | 'line' | 'lineboundary'

export function useKeyboardSelection(
  pane: Ref<HTMLElement | null>,
  root: () => Element | null,
  options: { ignore?: (target: Element) => boolean } = {},
) {
  const caret = ref<CaretBox | null>(null)
  const caretMode = ref(false)
  let frame = 0

  function selectionInRoot(): Selection | null {
    const selection = document.getSelection()
    const r = root()
    if (!selection || !r || selection.rangeCount === 0 || !selection.focusNode) return null
    return r.contains(selection.focusNode) ? selection : null
  }

  /** Where a caret starts when there is none in the text. */
  function startCaret(): void {
    const r = root()
    if (!r) return
    const active = document.activeElement
    const paragraph = active?.closest('[data-paragraph-id]')
    if (paragraph && r.contains(paragraph)) {
      let offset = 0
      if (active !== paragraph) {
        const range = document.createRange()
        range.setStart(paragraph, 0)
        range.setEndBefore(active!)
        offset = range.toString().length
      }
      placeCaret(paragraph, offset)
      return
    }
    const top = pane.value?.getBoundingClientRect().top ?? 0
    const first = Array.from(r.querySelectorAll('[data-paragraph-id]')).find(
      (p) => p.getBoundingClientRect().bottom > top + caretMargin,
    )
    if (first) placeCaret(first, 0)
  }

  function focusRect(selection: Selection): DOMRect | null {
    if (!selection.focusNode) return null
    const range = document.createRange()
    range.setStart(selection.focusNode, selection.focusOffset)
    range.collapse(true)
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
    if (rect && rect.height > 0) return rect
    const el = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement
    return el?.getBoundingClientRect() ?? null
  }

  /** Scrolls the pane so the moving end of the selection stays in view. */
  function keepInView(selection: Selection): void {
    const p = pane.value
    const rect = focusRect(selection)
    if (!p || !rect) return
    const box = p.getBoundingClientRect()
    if (rect.bottom > box.bottom - caretMargin) p.scrollTop += rect.bottom - box.bottom + caretMargin
    else if (rect.top < box.top + caretMargin) p.scrollTop -= box.top + caretMargin - rect.top
  }

  function updateCaret(): void {
    frame = 0
    const selection = selectionInRoot()
    const p = pane.value
    if (!caretMode.value || !selection || !selection.isCollapsed || !p || !p.contains(document.activeElement)) {
      caret.value = null
      return
    }
    const rect = focusRect(selection)
    if (!rect) return
    const box = p.getBoundingClientRect()
    caret.value = { top: rect.top - box.top + p.scrollTop, left: rect.left - box.left + p.scrollLeft, height: rect.height }
  }

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(updateCaret)
  }

  function onKeydown(event: KeyboardEvent): void {
    const target = event.target as Element | null
    if (event.defaultPrevented || event.altKey || event.metaKey || isModalOpen()) return
    if (!target || isTypingTarget(target) || options.ignore?.(target)) return
    let direction: 'forward' | 'backward'
    let granularity: Granularity
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        direction = event.key === 'ArrowRight' ? 'forward' : 'backward'
        granularity = event.ctrlKey ? 'word' : 'character'
        break
      case 'ArrowUp':
      case 'ArrowDown':
        if (!event.shiftKey && !caretMode.value) return
        if (event.ctrlKey) return
        direction = event.key === 'ArrowDown' ? 'forward' : 'backward'
        granularity = 'line'
        break
      case 'Home':
      case 'End':
        if (!event.shiftKey && !caretMode.value) return
        if (event.ctrlKey) return
        direction = event.key === 'End' ? 'forward' : 'backward'
        granularity = 'lineboundary'
        break
      case 'Escape':
        if (caretMode.value && selectionInRoot()?.isCollapsed !== false) {
          caretMode.value = false
          schedule()
        }
        return
      default:
        return
    }
    let selection = selectionInRoot()
    if (!selection) {
      startCaret()
      selection = selectionInRoot()
      if (!selection) return
    }
    event.preventDefault()
    caretMode.value = true
    selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity)
    keepInView(selection)
    schedule()
  }

  function onPointerDown(): void {
    if (caretMode.value) {
      caretMode.value = false
      schedule()
    }
  }

  onMounted(() => {
    pane.value?.addEventListener('keydown', onKeydown)
    pane.value?.addEventListener('pointerdown', onPointerDown)
    pane.value?.addEventListener('focusout', schedule)
    pane.value?.addEventListener('scroll', schedule, { passive: true })
    document.addEventListener('selectionchange', schedule)
  })
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    pane.value?.removeEventListener('keydown', onKeydown)
    pane.value?.removeEventListener('pointerdown', onPointerDown)
    pane.value?.removeEventListener('focusout', schedule)
    pane.value?.removeEventListener('scroll', schedule)
    document.removeEventListener('selectionchange', schedule)
  })

  return { caret, caretMode }
}
