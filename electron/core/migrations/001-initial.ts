// Version 1: reports, their editions, the sections and paragraphs of each
// edition, notes per section, and preferences. A released migration never
// changes: fix forward with a new number.
export default [
  `CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    deleted_at TEXT
  )`,
  `CREATE TABLE editions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT,
    byline TEXT,
    source_name TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (report_id, number)
  )`,
  `CREATE INDEX editions_content_hash ON editions(content_hash)`,
  `CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL,
    part INTEGER NOT NULL,
    heading TEXT NOT NULL,
    title TEXT NOT NULL,
    short_title TEXT NOT NULL
  )`,
  `CREATE INDEX sections_edition ON sections(edition_id, position)`,
  `CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    part INTEGER NOT NULL,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    lead TEXT
  )`,
  `CREATE INDEX paragraphs_edition ON paragraphs(edition_id, position)`,
  `CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL UNIQUE REFERENCES sections(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  )`,
  `CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
]
