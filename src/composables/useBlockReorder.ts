// Reordering the blocks of a brief by drag and drop and by keyboard (Alt+↑/↓
// on a focused block card, or its move buttons). The index math is pure and
// exported for unit tests; the composable keeps the drag state and turns a
// drop or a key press into one `move(id, toIndex)` call, where `toIndex` is
// the block's index once it is in place (what the contract's moveBlock takes).
import { ref, type Ref } from 'vue'

/** Where a dragged block would land relative to the block under the pointer. */
export type DropPlacement = 'before' | 'after'

/** The index a block at `from` ends up at when dropped `placement` the block
 * at `over` (indices in the list before the move). Null when the drop would
 * leave the block where it is, or when an index is out of range. */
export function dropIndex(from: number, over: number, placement: DropPlacement, length: number): number | null {
  if (!inRange(from, length) || !inRange(over, length)) return null
  // The insertion point in the list as it is, then shifted down once the
  // block has left its old place above it.
  const gap = placement === 'before' ? over : over + 1
  const to = gap > from ? gap - 1 : gap
  return to === from ? null : to
}

/** The index a block at `from` moves to one step `up` (-1) or `down` (+1);
 * null at either end. */
export function stepIndex(from: number, step: -1 | 1, length: number): number | null {
  const to = from + step
  return inRange(from, length) && inRange(to, length) ? to : null
}

/** A new array with the item at `from` moved to `to` (both clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = items.slice()
  if (!inRange(from, items.length)) return result
  const [item] = result.splice(from, 1)
  result.splice(Math.max(0, Math.min(to, result.length)), 0, item)
  return result
}

/** Above or below the middle of the target's box. */
export function placementAt(clientY: number, box: { top: number; height: number }): DropPlacement {
  return clientY < box.top + box.height / 2 ? 'before' : 'after'
}

function inRange(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length
}

/** The MIME type a dragged block carries, so drops from elsewhere (text,
 * files) are ignored. */
export const blockDragType = 'application/x-yandu-block'

export interface BlockReorderOptions {
  /** Block ids in their current order. */
  ids: Ref<readonly number[]>
  /** Moves a block; the composable has already checked the move changes something. */
  move: (id: number, toIndex: number) => void
}

/** Drag state and handlers for a list of block cards. The drop indicator is
 * `over` (a block id and which side of it). */
export function useBlockReorder({ ids, move }: BlockReorderOptions) {
  const dragging = ref<number | null>(null)
  const over = ref<{ id: number; placement: DropPlacement } | null>(null)

  const indexOf = (id: number) => ids.value.indexOf(id)

  /** Starts dragging block `id` (from its handle). */
  function onDragStart(event: DragEvent, id: number, card: HTMLElement | null): void {
    if (!event.dataTransfer) return
    dragging.value = id
    event.dataTransfer.effectAllowed = 'move'
    event.dataTransfer.setData(blockDragType, String(id))
    if (card) event.dataTransfer.setDragImage(card, 24, 20)
  }

  /** Over a card: shows where the block would land and allows the drop. */
  function onDragOver(event: DragEvent, id: number): void {
    if (dragging.value === null || !event.dataTransfer?.types.includes(blockDragType)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    const placement = placementAt(event.clientY, box)
    const from = indexOf(dragging.value)
    const target = dropIndex(from, indexOf(id), placement, ids.value.length)
    over.value = target === null ? null : { id, placement }
  }

  /** Drops the dragged block beside card `id`. */
  function onDrop(event: DragEvent, id: number): void {
    const dragged = dragging.value ?? Number(event.dataTransfer?.getData(blockDragType))
    const placement = over.value?.id === id ? over.value.placement : placementAt(event.clientY, (event.currentTarget as HTMLElement).getBoundingClientRect())
    onDragEnd()
    if (!dragged || !ids.value.includes(dragged)) return
    event.preventDefault()
    const to = dropIndex(indexOf(dragged), indexOf(id), placement, ids.value.length)
    if (to !== null) move(dragged, to)
  }

  function onDragLeave(event: DragEvent, id: number): void {
    const card = event.currentTarget as HTMLElement
    if (over.value?.id === id && !card.contains(event.relatedTarget as Node | null)) over.value = null
  }

  function onDragEnd(): void {
    dragging.value = null
    over.value = null
  }

  /** Moves block `id` one step; returns the new index, or null at an end. */
  function step(id: number, direction: -1 | 1): number | null {
    const to = stepIndex(indexOf(id), direction, ids.value.length)
    if (to !== null) move(id, to)
    return to
  }

  /** Alt+↑ / Alt+↓ on a card: true when the key was handled. */
  function onKeydown(event: KeyboardEvent, id: number): boolean {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false
    event.preventDefault()
    event.stopPropagation()
    step(id, event.key === 'ArrowUp' ? -1 : 1)
    return true
  }

  return { dragging, over, onDragStart, onDragOver, onDrop, onDragLeave, onDragEnd, step, onKeydown }
}
