// Version 2: highlights with categories, comments and tags. A highlight keeps
// its id (a UUID, so packs from other machines merge without collisions)
// through every edition; its ranges hold W3C selectors against the text of
// one paragraph each.
export default [
  `CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    position INTEGER NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
  )`,
  `INSERT INTO categories (key, name, color, position, builtin) VALUES
    ('key', '重点', '#e0a526', 1, 1),
    ('quote', '金句', '#d9534f', 2, 1),
    ('figure', '数据', '#3d7fd9', 3, 1),
    ('question', '疑问', '#4f9d4a', 4, 1)`,
  `CREATE TABLE highlights (
    id TEXT PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories(id),
    comment TEXT NOT NULL DEFAULT '',
    comment_doc TEXT,
    state INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  )`,
  `CREATE INDEX highlights_report ON highlights(report_id)`,
  `CREATE TABLE highlight_ranges (
    highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (highlight_id, seq)
  )`,
  `CREATE TABLE highlight_tags (
    highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (highlight_id, tag)
  )`,
  `CREATE INDEX highlight_tags_tag ON highlight_tags(tag)`,
]
