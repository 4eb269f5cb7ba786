// The reports in the library, as the Library view and the start-up route see them.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReportSummary } from '@api'
import { api } from '../api/client'

export const useLibraryStore = defineStore('library', () => {
  const reports = ref<ReportSummary[]>([])
  const loaded = ref(false)

  /** Fetches the list of reports (with their counts) afresh. Throws ApiError. */
  async function load(): Promise<ReportSummary[]> {
    reports.value = await api.listReports({})
    loaded.value = true
    return reports.value
  }

  return { reports, loaded, load }
})
