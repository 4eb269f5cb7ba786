// Files dragged onto the window: `dragging` is true while files hover over
// it (for the drop overlay), and `onFile` gets the first file dropped.
// Listeners sit on window in the capture phase, so a drop anywhere (the
// text, the notes editor) is the app's, and the browser never navigates to
// the file. Drags that carry no files (text, links) are left alone.
import { onBeforeUnmount, onMounted, ref } from 'vue'

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

export function useFileDrop(onFile: (file: File) => void, enabled: () => boolean = () => true) {
  const dragging = ref(false)
  /** dragenter/dragleave fire for every element crossed: count them. */
  let depth = 0

  function onEnter(event: DragEvent): void {
    if (!carriesFiles(event) || !enabled()) return
    event.preventDefault()
    depth++
    dragging.value = true
  }

  function onOver(event: DragEvent): void {
    if (!carriesFiles(event) || !enabled()) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }

  function onLeave(event: DragEvent): void {
    if (!carriesFiles(event)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }

  function onDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    event.stopPropagation()
    depth = 0
    dragging.value = false
    const file = event.dataTransfer?.files[0]
    if (file && enabled()) onFile(file)
  }

  const listeners = [
    ['dragenter', onEnter],
    ['dragover', onOver],
    ['dragleave', onLeave],
    ['drop', onDrop],
  ] as const

  onMounted(() => listeners.forEach(([name, fn]) => window.addEventListener(name, fn, true)))
  onBeforeUnmount(() => listeners.forEach(([name, fn]) => window.removeEventListener(name, fn, true)))

  return { dragging }
}
