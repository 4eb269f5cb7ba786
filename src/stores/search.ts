// Search (DESIGN.md screen 4): the palette's query, scope and results, and
// the jump the reader makes when a result is chosen. The search itself is the
// core's (electron/core/search.ts): FTS5 trigrams, and a per-character index
// for one- and two-character queries.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SearchHit } from '@api'
import { api } from '../api/client'

/** Pause in typing before a search: short enough to feel live, long enough
 * that typing a word with an IME (several composition updates) is one search. */
export const searchDelayMs = 140

/** Hits asked for: the core's default. A query matching more is shown as
 * "the first 200", which is as many as anyone scans. */
export const searchLimit = 200

export type SearchScope = 'all' | 'report'
export type SearchStatus = 'idle' | 'searching' | 'done' | 'error'

/** Where the reader should go for a chosen hit, and what to mark there. */
export interface SearchJump {
  reportId: number
  paragraphId: number | null
  sectionId: number | null
  part: number
  /** The query's terms, marked in the paragraph. */
  terms: string[]
  /** When it was asked for (a jump nobody took soon is dropped). */
  at: number
}

/** The terms of a query as the core splits them (search-snippet.ts queryTerms). */
export const queryTerms = (query: string) => [...new Set(query.split(/\s+/u).filter(Boolean))]

export const useSearchStore = defineStore('search', () => {
  const open = ref(false)
  const query = ref('')
  const scope = ref<SearchScope>('all')
  /** The report "this report" means (the one in the reader), or null. */
  const scopeReportId = ref<number | null>(null)
  const hits = shallowRef<SearchHit[]>([])
  /** The query `hits` answer (the box may already hold a newer one). */
  const answered = ref('')
  const status = ref<SearchStatus>('idle')
  const error = ref<string | null>(null)
  /** The part headings of each report with hits, for the group labels. */
  const partHeadings = ref<Record<number, string[]>>({})
  const jump = shallowRef<SearchJump | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let ticket = 0

  /** Opens or closes the palette. `reportId` is the report being read, which
   * the "this report" scope searches. */
  function toggle(value = !open.value, reportId: number | null = scopeReportId.value): void {
    open.value = value
    if (!value) return
    scopeReportId.value = reportId
    if (reportId === null && scope.value === 'report') scope.value = 'all'
    partHeadings.value = {}
    if (query.value.trim()) schedule(0)
  }

  /** Changes the query; the search runs after a short pause. */
  function setQuery(value: string): void {
    query.value = value
    schedule(searchDelayMs)
  }

  /** Changes the scope and searches again at once. */
  function setScope(value: SearchScope): void {
    if (value === 'report' && scopeReportId.value === null) return
    scope.value = value
    schedule(0)
  }

  function schedule(delay: number): void {
    clearTimeout(timer)
    if (!query.value.trim()) {
      ticket++
      hits.value = []
      answered.value = ''
      status.value = 'idle'
      return
    }
    timer = setTimeout(() => void run(), delay)
  }

  /** Searches now. Answers that a later search overtook are dropped; a failure
   * is kept in `error` for the palette to show. */
  async function run(): Promise<void> {
    clearTimeout(timer)
    const mine = ++ticket
    const text = query.value.trim()
    if (!text) return
    status.value = 'searching'
    try {
      const reportId = scope.value === 'report' && scopeReportId.value !== null ? scopeReportId.value : undefined
      const found = await api.search({ query: text.slice(0, 200), reportId, limit: searchLimit })
      if (mine !== ticket) return
      await loadHeadings(found)
      if (mine !== ticket) return
      hits.value = found
      answered.value = text
      error.value = null
      status.value = 'done'
    } catch (e) {
      if (mine !== ticket) return
      hits.value = []
      answered.value = text
      error.value = e instanceof Error ? e.message : String(e)
      status.value = 'error'
    }
  }

  /** Fetches the part headings of reports not seen yet in this session of the
   * palette. A report whose outline cannot be had is labelled by number only. */
  async function loadHeadings(found: SearchHit[]): Promise<void> {
    const missing = [...new Set(found.map((h) => h.report))].filter((id) => !(id in partHeadings.value))
    if (missing.length === 0) return
    const outlines = await Promise.all(
      missing.map((reportId) => api.getOutline({ reportId }).catch(() => null)),
    )
    const next = { ...partHeadings.value }
    missing.forEach((id, i) => (next[id] = outlines[i]?.parts.map((p) => p.heading) ?? []))
    partHeadings.value = next
  }

  /** Asks the reader to go to a hit and mark the query there; closes the palette. */
  function requestJump(hit: SearchHit): void {
    jump.value = {
      reportId: hit.report,
      paragraphId: hit.paragraphId,
      sectionId: hit.sectionId,
      part: hit.part,
      terms: queryTerms(answered.value || query.value),
      at: Date.now(),
    }
    open.value = false
  }

  /** Hands the pending jump to the reader of `reportId` (once). */
  function takeJump(reportId: number): SearchJump | null {
    const pending = jump.value
    if (!pending || pending.reportId !== reportId) return null
    jump.value = null
    return pending
  }

  return {
    open,
    query,
    scope,
    scopeReportId,
    hits,
    answered,
    status,
    error,
    partHeadings,
    jump,
    toggle,
    setQuery,
    setScope,
    run,
    requestJump,
    takeJump,
  }
})
