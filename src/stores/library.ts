// The reports in the library, as the Library view and the start-up route see
// them, and the library's trash: a deleted report keeps its annotations and
// can be restored (issue 4, "Delete a report").
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReportSummary } from '@api'
import { api } from '../api/client'
import { useReaderStore } from './reader'

export const useLibraryStore = defineStore('library', () => {
  const reports = ref<ReportSummary[]>([])
  const loaded = ref(false)
  /** The reports in the trash (loaded with `loadDeleted`). */
  const deleted = ref<ReportSummary[]>([])

  /** Fetches the list of reports (with their counts) afresh. Throws ApiError. */
  async function load(): Promise<ReportSummary[]> {
    reports.value = await api.listReports({})
    loaded.value = true
    return reports.value
  }

  /** Fetches the reports in the trash afresh. Throws ApiError. */
  async function loadDeleted(): Promise<ReportSummary[]> {
    deleted.value = await api.listDeletedReports({})
    return deleted.value
  }

  /** Moves a report to the trash and refreshes both lists. If it was the one
   * last read, the reader forgets it, so "Reader" and the start route fall
   * back to another report. Throws ApiError. */
  async function remove(reportId: number): Promise<void> {
    await api.deleteReport({ reportId })
    const reader = useReaderStore()
    if (reader.doc?.reportId === reportId) reader.close()
    if (reader.savedPosition?.reportId === reportId) reader.savedPosition = null
    await Promise.all([load(), loadDeleted()])
  }

  /** Takes a report out of the trash and refreshes both lists. Throws ApiError. */
  async function restore(reportId: number): Promise<void> {
    await api.restoreReport({ reportId })
    await Promise.all([load(), loadDeleted()])
  }

  return { reports, loaded, deleted, load, loadDeleted, remove, restore }
})
