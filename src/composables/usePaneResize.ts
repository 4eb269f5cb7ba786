// Drag and keyboard resizing of a pane from a separator: pointer capture for
// the drag, arrow keys (Shift for bigger steps), Home/End for the limits.
import type { Ref } from 'vue'

export const keyStepPx = 16
export const bigKeyStepPx = 64

export interface PaneResizeOptions {
  value: Ref<number>
  min: Ref<number>
  max: Ref<number>
  /** 1 when dragging right widens the pane (a left pane), -1 for a right pane. */
  direction: 1 | -1
  onChange(width: number): void
}

export function usePaneResize(options: PaneResizeOptions) {
  let startX = 0
  let startWidth = 0
  let dragging = false

  const set = (width: number) =>
    options.onChange(Math.round(Math.min(options.max.value, Math.max(options.min.value, width))))

  function onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return
    const target = event.currentTarget as HTMLElement
    target.setPointerCapture(event.pointerId)
    target.focus()
    startX = event.clientX
    startWidth = options.value.value
    dragging = true
    event.preventDefault()
  }

  function onPointerMove(event: PointerEvent): void {
    if (dragging) set(startWidth + options.direction * (event.clientX - startX))
  }

  function onPointerUp(event: PointerEvent): void {
    if (!dragging) return
    dragging = false
    ;(event.currentTarget as HTMLElement).releasePointerCapture(event.pointerId)
  }

  function onKeydown(event: KeyboardEvent): void {
    const step = event.shiftKey ? bigKeyStepPx : keyStepPx
    const current = options.value.value
    const moves: Record<string, number> = {
      ArrowLeft: current - options.direction * step,
      ArrowRight: current + options.direction * step,
      Home: options.min.value,
      End: options.max.value,
    }
    if (!(event.key in moves)) return
    event.preventDefault()
    set(moves[event.key])
  }

  return { onPointerDown, onPointerMove, onPointerUp, onKeydown }
}
