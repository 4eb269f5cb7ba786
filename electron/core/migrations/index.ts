// The ordered list of schema versions: migrations[n - 1] takes a database from
// user_version n - 1 to n.
import v1 from './001-initial'

export const migrations: readonly (readonly string[])[] = [v1]

export const schemaVersion = migrations.length
