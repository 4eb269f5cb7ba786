// "Add to brief…" from the reader: which passage is being added (a part or a
// topic of the outline), the one popover that asks where to, and the message
// that confirms it with a link to the brief. One target at a time, shared by
// every entry's button, so the outline holds a single popover.
import { NButton, useMessage } from 'naive-ui'
import { h, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import type { Brief } from '@api'
import { useT } from '../i18n'
import type { BlockSource } from '../stores/briefs'

export interface AddToBriefTarget {
  reportId: number
  source: BlockSource
  /** What is being added, as the popover names it (a part's title, a topic). */
  what: string
  /** Where the popover points, and where the focus goes back to. */
  anchor: HTMLElement
  returnFocus: HTMLElement | null
}

const target = shallowRef<AddToBriefTarget | null>(null)

/** The passage the popover is open for, if any. */
export function useAddToBriefTarget() {
  return target
}

export function openAddToBrief(next: AddToBriefTarget): void {
  target.value = next
}

/** Closes the popover; the focus goes back to the entry it was opened from
 * unless the user clicked elsewhere (`restoreFocus` false). */
export function closeAddToBrief(restoreFocus = true): void {
  const closing = target.value
  target.value = null
  if (restoreFocus) closing?.returnFocus?.focus()
}

/** Right click, the menu key or Shift+F10 on an outline entry opens its
 * "add to brief" popover (the entry's button sits just before it). Returns
 * true when it did. */
export function openAddToBriefFrom(event: Event): boolean {
  if (event instanceof KeyboardEvent && !(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) return false
  const entry = (event.target as HTMLElement | null)?.closest?.('[data-outline-item]')
  const button = entry?.previousElementSibling?.querySelector<HTMLButtonElement>('[data-add-to-brief]')
  if (!button) return false
  event.preventDefault()
  event.stopPropagation()
  if (target.value?.returnFocus !== entry) button.click()
  return true
}

/** A message saying a passage went into a brief, with a button that opens
 * it. Call from a component's setup (it needs naive-ui's message provider). */
export function useBriefAddedMessage() {
  const { t } = useT()
  const message = useMessage()
  const router = useRouter()
  return (brief: Brief) => {
    const shown = message.success(
      () =>
        h('span', [
          t('briefs.add.added', { title: brief.title }),
          h(
            NButton,
            {
              text: true,
              type: 'primary',
              style: 'margin-left: 12px; font-weight: 600',
              onClick: () => {
                shown.destroy()
                void router.push({ name: 'brief', params: { briefId: brief.id } })
              },
            },
            () => t('briefs.add.open'),
          ),
        ]),
      { duration: 6000, closable: true },
    )
  }
}
