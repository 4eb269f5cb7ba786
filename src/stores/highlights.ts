// The highlights of the report being read: loaded with the reader, kept in
// reading order as they are made, changed, deleted and restored, and turned
// into per-paragraph marks for the text. Also which highlight is open in the
// notes pane, and its comment, saved as the user types (debounced, flushed
// whenever the card, the route or the page goes away).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Category, Highlight, RichTextDoc } from '@api'
import { api } from '../api/client'
import type { TextRange } from '../composables/useTextSelection'
import { useAppStore } from './app'
import { useReaderStore } from './reader'

/** Pause in typing before a comment is saved (as for section notes). */
export const commentSaveDelayMs = 400

/** A highlight's range as a paragraph draws it. */
export interface MarkView {
  id: string
  start: number
  end: number
  color: string
  /** Category name and text, for the accessible name. */
  category: string
  text: string
  /** This range is the highlight's first (where it takes the focus). */
  first: boolean
  /** A new edition moved or changed it: to check. */
  review: boolean
}

export type CommentStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** What the card should focus once it shows the highlight. */
export interface FocusRequest {
  id: string
  what: 'comment' | 'tags'
  serial: number
}

/** A request to bring a highlight into view in the text. */
export interface RevealRequest {
  id: string
  /** Move the keyboard focus to it too. */
  focus: boolean
  /** 'center': scroll it to the middle (it was asked for from elsewhere);
   * 'nearest': only as far as needed (going back to it). */
  scroll: 'center' | 'nearest'
  serial: number
}

/** Needs the user's eye after a new edition: accept, or place by hand. */
export const needsReview = (h: Highlight) => h.state === 'moved' || h.state === 'approximate'

const sameMarks = (a: MarkView[], b: MarkView[]) =>
  a.length === b.length &&
  a.every(
    (m, i) =>
      m.id === b[i].id &&
      m.start === b[i].start &&
      m.end === b[i].end &&
      m.color === b[i].color &&
      m.category === b[i].category &&
      m.first === b[i].first &&
      m.review === b[i].review &&
      m.text === b[i].text,
  )

export const useHighlightsStore = defineStore('highlights', () => {
  const reportId = ref<number | null>(null)
  /** Live highlights in reading order (orphans last). */
  const list = shallowRef<Highlight[]>([])
  const loaded = ref(false)
  const trash = shallowRef<Highlight[]>([])
  const trashLoaded = ref(false)
  /** The highlight open in the notes pane. */
  const activeId = ref<string | null>(null)
  const focusRequest = ref<FocusRequest | null>(null)
  const revealRequest = ref<RevealRequest | null>(null)
  /** The last highlight deleted, for Ctrl+Z. */
  const lastDeleted = ref<string | null>(null)
  const commentStatus = ref<{ id: string; status: CommentStatus } | null>(null)
  /** The highlights panel's filters: any of these categories (none: all),
   * every one of these tags. */
  const filterCategories = ref<number[]>([])
  const filterTags = ref<string[]>([])
  let serial = 0
  let pendingComment: { id: string; comment: string; commentDoc: RichTextDoc | null } | null = null
  let commentTimer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()
  let memo = new Map<number, MarkView[]>()
  /** A load's highlights are set and not yet drawn (for the bench's span). */
  let rendering = false

  const byId = computed(() => new Map(list.value.map((h) => [h.id, h])))
  const active = computed(() => (activeId.value ? byId.value.get(activeId.value) ?? null : null))

  /** Marks by paragraph id, each paragraph's array kept (same object) while
   * its marks do not change, so only touched paragraphs render again.
   * Within a paragraph, the newer highlight comes later (drawn on top). */
  const marksByParagraph = computed(() => {
    const next = new Map<number, MarkView[]>()
    const ordered = [...list.value].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    for (const h of ordered) {
      if (h.state === 'orphaned') continue
      h.ranges.forEach((r, i) => {
        const mark: MarkView = {
          id: h.id,
          start: r.start,
          end: r.end,
          color: h.category.color,
          category: h.category.name,
          text: h.text,
          first: i === 0,
          review: needsReview(h),
        }
        const marks = next.get(r.paragraphId)
        if (marks) marks.push(mark)
        else next.set(r.paragraphId, [mark])
      })
    }
    for (const [id, marks] of next) {
      const previous = memo.get(id)
      if (previous && sameMarks(previous, marks)) next.set(id, previous)
    }
    memo = next
    return next
  })

  /** Placed highlights per part number. */
  const countsByPart = computed(() => {
    const counts = new Map<number, number>()
    for (const h of list.value) if (h.state !== 'orphaned') counts.set(h.part, (counts.get(h.part) ?? 0) + 1)
    return counts
  })

  const matchesFilters = (h: Highlight) =>
    (filterCategories.value.length === 0 || filterCategories.value.includes(h.category.id)) &&
    filterTags.value.every((tag) => h.tags.includes(tag))
  const filtered = computed(() =>
    filterCategories.value.length || filterTags.value.length ? list.value.filter(matchesFilters) : list.value,
  )

  /** Highlights per category id (all, unfiltered). */
  const countsByCategory = computed(() => {
    const counts = new Map<number, number>()
    for (const h of list.value) counts.set(h.category.id, (counts.get(h.category.id) ?? 0) + 1)
    return counts
  })

  /** Turns a category or tag filter on or off. */
  function toggleFilter(kind: 'category', value: number): void
  function toggleFilter(kind: 'tag', value: string): void
  function toggleFilter(kind: 'category' | 'tag', value: number | string): void {
    const target = kind === 'category' ? filterCategories : filterTags
    const values = target.value as (number | string)[]
    target.value = (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) as never
  }

  function clearFilters(): void {
    filterCategories.value = []
    filterTags.value = []
  }

  const review = computed(() => list.value.filter(needsReview))
  const orphans = computed(() => list.value.filter((h) => h.state === 'orphaned'))

  /** Every tag in use, with how many highlights carry it, most used first. */
  const tagCounts = computed(() => {
    const counts = new Map<string, number>()
    for (const h of list.value) for (const tag of h.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
  })

  /** Position of each paragraph in the document, by id. */
  const paragraphIndex = computed(() => {
    const index = new Map<number, number>()
    useReaderStore().doc?.blocks.forEach((b, i) => {
      if (b.kind === 'paragraph') index.set(b.id, i)
    })
    return index
  })

  /** Reading order of a highlight: its first range's paragraph, then offset. */
  function placeKey(h: Highlight): number {
    if (!h.ranges.length) return Number.MAX_SAFE_INTEGER
    const index = paragraphIndex.value.get(h.ranges[0].paragraphId) ?? 0
    return index * 1e6 + h.ranges[0].start
  }

  function put(h: Highlight): void {
    const rest = list.value.filter((x) => x.id !== h.id)
    const key = placeKey(h)
    const at = rest.findIndex((x) => placeKey(x) > key)
    list.value = at < 0 ? [...rest, h] : [...rest.slice(0, at), h, ...rest.slice(at)]
  }

  /** Loads the highlights of a report (marked for the bench: `yandu:highlights`
   * spans the request and the render). Errors are reported; the text stays. */
  async function load(id: number): Promise<void> {
    if (reportId.value !== id) {
      list.value = []
      loaded.value = false
      clearFilters()
      activeId.value = null
      trash.value = []
      trashLoaded.value = false
      lastDeleted.value = null
    }
    reportId.value = id
    performance.clearMarks('yandu:highlights-start')
    performance.clearMarks('yandu:highlights-fetched')
    performance.clearMeasures('yandu:highlights')
    performance.mark('yandu:highlights-start')
    try {
      const loadedList = await api.listHighlights({ reportId: id })
      performance.mark('yandu:highlights-fetched')
      if (reportId.value !== id) return
      list.value = loadedList
      loaded.value = true
      rendering = true
    } catch (error) {
      useAppStore().report(error)
    }
  }

  /** The text has drawn the highlights a load set: ends the load's span
   * (`yandu:highlights`, read by bench/section-highlights-bench.ts). */
  function markRendered(): void {
    if (!rendering) return
    rendering = false
    performance.measure('yandu:highlights', 'yandu:highlights-start')
  }

  /** Highlights a selection. Throws ApiError (empty-selection, bad-range…). */
  async function create(ranges: TextRange[], categoryId: number): Promise<Highlight> {
    const h = await api.createHighlight({ reportId: reportId.value!, ranges, categoryId })
    put(h)
    return h
  }

  /** Opens a highlight in the notes pane (null: closes it), flushing the
   * comment of the one open before. */
  function open(id: string | null, focus?: FocusRequest['what']): void {
    if (activeId.value !== id) void flushComment()
    activeId.value = id
    if (id && focus) focusRequest.value = { id, what: focus, serial: ++serial }
  }

  /** Opens a highlight and brings it into view in the text. */
  function reveal(id: string, focus = false): void {
    open(id)
    revealRequest.value = { id, focus, scroll: 'center', serial: ++serial }
  }

  /** Moves the focus back to a highlight in the text (from its card). */
  function returnTo(id: string): void {
    revealRequest.value = { id, focus: true, scroll: 'nearest', serial: ++serial }
  }

  /** Recolours or retags. Throws ApiError. */
  async function update(id: string, changes: { categoryId?: number; tags?: string[] }): Promise<Highlight> {
    const h = await api.updateHighlight({ id, ...changes })
    put(h)
    return h
  }

  /** Records an edit of a comment; written after a short pause. */
  function editComment(id: string, commentDoc: RichTextDoc | null, text: string): void {
    pendingComment = { id, comment: text.trim() === '' ? '' : text, commentDoc: text.trim() === '' ? null : commentDoc }
    commentStatus.value = { id, status: 'pending' }
    clearTimeout(commentTimer)
    commentTimer = setTimeout(() => void flushComment(), commentSaveDelayMs)
  }

  /** Writes a pending comment now; resolves when every write so far is done.
   * `leaving`: the page is going away, the request starts at once. */
  function flushComment(leaving = false): Promise<void> {
    clearTimeout(commentTimer)
    const edit = pendingComment
    pendingComment = null
    if (!edit) return writing
    commentStatus.value = { id: edit.id, status: 'saving' }
    const request = leaving ? api.updateHighlight(edit) : null
    request?.catch(() => undefined) // handled in the chain below
    writing = writing.then(async () => {
      try {
        const h = await (request ?? api.updateHighlight(edit))
        if (byId.value.has(h.id)) put(h)
        if (!pendingComment && commentStatus.value?.id === edit.id) commentStatus.value = { id: edit.id, status: 'saved' }
      } catch (error) {
        commentStatus.value = { id: edit.id, status: 'error' }
        if (!pendingComment) {
          pendingComment = edit
          commentTimer = setTimeout(() => void flushComment(), commentSaveDelayMs * 10)
        }
        useAppStore().report(error)
      }
    })
    return writing
  }

  /** Moves a highlight to the trash. Throws ApiError. */
  async function remove(id: string): Promise<Highlight> {
    if (pendingComment?.id === id) await flushComment()
    const h = await api.deleteHighlight({ id })
    list.value = list.value.filter((x) => x.id !== id)
    if (activeId.value === id) activeId.value = null
    if (trashLoaded.value) trash.value = [h, ...trash.value.filter((x) => x.id !== id)]
    lastDeleted.value = id
    return h
  }

  /** Brings a highlight back from the trash. Throws ApiError. */
  async function restore(id: string): Promise<Highlight> {
    const h = await api.restoreHighlight({ id })
    trash.value = trash.value.filter((x) => x.id !== id)
    if (lastDeleted.value === id) lastDeleted.value = null
    if (h.reportId === reportId.value) put(h)
    return h
  }

  /** Accepts where a highlight landed on a new edition. Throws ApiError. */
  async function accept(id: string): Promise<Highlight> {
    const h = await api.acceptHighlight({ id })
    put(h)
    return h
  }

  /** Places a highlight by hand on the given ranges. Throws ApiError. */
  async function place(id: string, ranges: TextRange[]): Promise<Highlight> {
    const h = await api.placeHighlight({ id, ranges })
    put(h)
    return h
  }

  /** Loads the trash of the report (newest deletion first). */
  async function loadTrash(): Promise<void> {
    if (reportId.value === null) return
    try {
      const deleted = await api.listHighlights({ reportId: reportId.value, deleted: true })
      trash.value = deleted.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
      trashLoaded.value = true
    } catch (error) {
      useAppStore().report(error)
    }
  }

  /** A category was renamed or recoloured: its highlights show it at once. */
  function applyCategory(category: Category): void {
    if (!list.value.some((h) => h.category.id === category.id)) return
    list.value = list.value.map((h) => (h.category.id === category.id ? { ...h, category } : h))
  }

  /** The citation of a selection. Throws ApiError. */
  function cite(ranges: TextRange[]): Promise<string> {
    return api.citeSelection({ reportId: reportId.value!, ranges })
  }

  return {
    reportId,
    list,
    loaded,
    trash,
    trashLoaded,
    activeId,
    active,
    focusRequest,
    revealRequest,
    lastDeleted,
    commentStatus,
    byId,
    marksByParagraph,
    countsByPart,
    filterCategories,
    filterTags,
    filtered,
    countsByCategory,
    toggleFilter,
    clearFilters,
    review,
    orphans,
    tagCounts,
    load,
    markRendered,
    create,
    open,
    reveal,
    returnTo,
    update,
    editComment,
    flushComment,
    remove,
    restore,
    accept,
    place,
    loadTrash,
    applyCategory,
    cite,
  }
})
