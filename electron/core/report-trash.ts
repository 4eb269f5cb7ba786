// Deleting a report moves it, with every annotation, to the trash: nothing is
// removed from the file, and a restore brings it all back.
import type { Db } from './database'
import { YanduError } from './errors'
import type { ReportSummary } from './types'

/** Throws YanduError('report-not-found') for a report not in the library. */
export function deleteReport(db: Db, reportId: number): void {
  const changed = db
    .prepare('UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(new Date().toISOString(), reportId).changes
  if (!changed) throw new YanduError('report-not-found', { id: reportId })
}

/** Throws YanduError('report-not-found') for a report not in the trash. */
export function restoreReport(db: Db, reportId: number): void {
  const changed = db.prepare('UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(reportId).changes
  if (!changed) throw new YanduError('report-not-found', { id: reportId })
}

/** The reports in the trash, most recently deleted first. */
export function listDeletedReports(db: Db): ReportSummary[] {
  return db
    .prepare(
      `SELECT r.id, r.title, r.imported_at AS importedAt,
         (SELECT COUNT(*) FROM editions e WHERE e.report_id = r.id) AS editions,
         0 AS notes,
         (SELECT COUNT(*) FROM highlights h WHERE h.report_id = r.id AND h.deleted_at IS NULL) AS highlights
       FROM reports r WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC`,
    )
    .all() as ReportSummary[]
}
