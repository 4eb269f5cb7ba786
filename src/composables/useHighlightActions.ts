// The highlight verbs as the user meets them: each calls the store and says
// what happened in a message (errors in the user's language, deletion with an
// Undo button at once, a copied citation). Shared by the selection toolbar,
// the marks in the text, the card in the notes pane and the highlights panel.
// Call from a component's setup (it needs naive-ui's message provider).
import { NButton, useMessage, type MessageReactive } from 'naive-ui'
import { h } from 'vue'
import type { BriefSummary, Highlight } from '@api'
import { useT } from '../i18n'
import { defaultBriefTitle } from '../lib/brief-labels'
import { copyText } from '../lib/clipboard'
import { dropTyping, holdTyping } from '../lib/type-ahead'
import { useAppStore } from '../stores/app'
import { useBriefsStore } from '../stores/briefs'
import { useCategoriesStore } from '../stores/categories'
import { useHighlightsStore, type FocusRequest } from '../stores/highlights'
import { useReaderStore } from '../stores/reader'
import type { TextRange } from './useTextSelection'
import { useBriefAddedMessage } from './useAddToBrief'

/** How long the Undo offer stays. */
const undoMs = 8000

let undoMessage: MessageReactive | null = null

export function useHighlightActions() {
  const { t } = useT()
  const message = useMessage()
  /** "Added to 《…》" with a button that opens the brief (useAddToBrief.ts). */
  const confirmAddedToBrief = useBriefAddedMessage()
  const app = useAppStore()
  const store = useHighlightsStore()
  const categories = useCategoriesStore()

  /** Highlights the ranges in a category (default: the first); `focus`
   * opens it in the notes pane with its comment or tags ready. For the
   * comment, what is typed while the highlight is saved is held and goes
   * into the comment (lib/type-ahead.ts); should the save fail, it is put on
   * the clipboard rather than lost. */
  async function highlight(ranges: TextRange[], categoryId?: number, focus?: FocusRequest['what']): Promise<Highlight | null> {
    const category = categoryId ?? categories.list[0]?.id
    if (!ranges.length || category === undefined) return null
    if (focus === 'comment') holdTyping(t('highlights.commentLabel'))
    try {
      const made = await store.create(ranges, category)
      if (focus) store.open(made.id, focus)
      return made
    } catch (error) {
      app.report(error)
      if (focus === 'comment') {
        const typed = dropTyping(document.querySelector<HTMLElement>('#main-content'))
        if (typed && (await copyText(typed))) message.warning(t('highlights.typedCopied'), { duration: 8000 })
      }
      return null
    }
  }

  /** Gives a highlight another category. */
  async function recolour(id: string, categoryId: number): Promise<void> {
    try {
      await store.update(id, { categoryId })
    } catch (error) {
      app.report(error)
    }
  }

  async function setTags(id: string, tags: string[]): Promise<void> {
    try {
      await store.update(id, { tags })
    } catch (error) {
      app.report(error)
    }
  }

  /** Restores the highlight deleted last (Undo, Ctrl+Z). */
  async function undoDelete(id = store.lastDeleted): Promise<void> {
    if (!id) return
    undoMessage?.destroy()
    undoMessage = null
    try {
      await store.restore(id)
      message.success(t('highlights.restored'), { duration: 2500 })
    } catch (error) {
      app.report(error)
    }
  }

  /** Moves a highlight to the trash and offers Undo at once. */
  async function remove(id: string): Promise<void> {
    try {
      await store.remove(id)
    } catch (error) {
      app.report(error)
      return
    }
    undoMessage?.destroy()
    undoMessage = message.info(
      () =>
        h('span', { class: 'undo-offer' }, [
          h('span', t('highlights.deleted')),
          h(
            NButton,
            {
              text: true,
              type: 'primary',
              style: 'margin-left: 12px; font-weight: 600',
              'aria-label': t('highlights.undoDelete'),
              'aria-keyshortcuts': 'Control+Z',
              onClick: () => void undoDelete(id),
            },
            () => t('highlights.undo'),
          ),
        ]),
      { duration: undoMs, closable: true, onLeave: () => (undoMessage = null) },
    )
  }

  async function restore(id: string): Promise<void> {
    try {
      await store.restore(id)
      message.success(t('highlights.restored'), { duration: 2500 })
    } catch (error) {
      app.report(error)
    }
  }

  async function copy(text: string): Promise<void> {
    if (await copyText(text)) message.success(t('highlights.copied'), { duration: 2000 })
    else app.report(new Error(t('highlights.copyFailed')))
  }

  /** Copies a selection with its citation (the core writes the citation). */
  async function copyCitation(ranges: TextRange[]): Promise<void> {
    try {
      await copy(await store.cite(ranges))
    } catch (error) {
      app.report(error)
    }
  }

  async function accept(id: string): Promise<void> {
    try {
      await store.accept(id)
      message.success(t('highlights.accepted'), { duration: 2000 })
    } catch (error) {
      app.report(error)
    }
  }

  /** Places a highlight on the selection (an orphan, or one to correct). */
  async function place(id: string, ranges: TextRange[]): Promise<boolean> {
    if (!ranges.length) {
      message.warning(t('highlights.selectFirst'), { duration: 3000 })
      return false
    }
    try {
      await store.place(id, ranges)
      message.success(t('highlights.placed'), { duration: 2000 })
      return true
    } catch (error) {
      app.report(error)
      return false
    }
  }

  /** The briefs a quotation can go to: this report's first, newest first. */
  async function briefs(): Promise<BriefSummary[]> {
    try {
      const briefsStore = useBriefsStore()
      await briefsStore.ensureLoaded()
      const reportId = store.reportId
      const all = briefsStore.list
      return [...all.filter((b) => b.reportId === reportId), ...all.filter((b) => b.reportId !== reportId)]
    } catch (error) {
      app.report(error)
      return []
    }
  }

  /** Adds a highlight to a brief as a quotation (briefId null: a new brief
   * of speech material, 发言素材, named after the report as the core names it). */
  async function addToBrief(id: string, briefId: number | null): Promise<void> {
    try {
      const reader = useReaderStore()
      const briefsStore = useBriefsStore()
      const brief =
        briefId ??
        (
          await briefsStore.create({
            title: defaultBriefTitle(reader.doc?.title ?? '', 'speech'),
            template: 'speech',
            reportId: store.reportId ?? undefined,
          })
        ).id
      const updated = await briefsStore.addBlock(brief, { kind: 'quotation', highlightId: id })
      confirmAddedToBrief(updated)
    } catch (error) {
      app.report(error)
    }
  }

  return { highlight, recolour, setTags, remove, undoDelete, restore, copy, copyCitation, accept, place, briefs, addToBrief }
}
