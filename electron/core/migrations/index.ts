// The ordered list of schema versions: migrations[n - 1] takes a database from
// user_version n - 1 to n.
import v1 from './001-initial'
import v2 from './002-highlights'
import v3 from './003-search'
import v4 from './004-briefs'

export const migrations: readonly (readonly string[])[] = [v1, v2, v3, v4]

export const schemaVersion = migrations.length
