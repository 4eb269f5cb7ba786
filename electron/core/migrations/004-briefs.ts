// Version 4: study briefs, ordered compositions of blocks. A block captures
// what it shows when it is added (a section's text, a highlight's exact text,
// citation and comment), so a brief still exports after its highlight is
// deleted or its report re-imported. The ids it came from are kept only as
// plain references (no foreign keys): they may outlive their rows.
//
// Enums are stored as integers (see brief-store.ts):
//   briefs.template     0 outline 学习提纲, 1 speech 发言素材, 2 handout 培训讲义, 3 quiz 测验
//   brief_blocks.kind   0 section, 1 quotation, 2 text, 3 question
export default [
  `CREATE TABLE briefs (
    id INTEGER PRIMARY KEY,
    report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
    report_title TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    template INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  )`,
  `CREATE TABLE brief_blocks (
    id INTEGER PRIMARY KEY,
    brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    report_id INTEGER,
    section_id INTEGER,
    paragraph_id INTEGER,
    highlight_id TEXT,
    level INTEGER NOT NULL DEFAULT 0,
    part INTEGER NOT NULL DEFAULT 0,
    paragraph INTEGER NOT NULL DEFAULT 0,
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    doc TEXT,
    category TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    citation TEXT NOT NULL DEFAULT '',
    before_text TEXT NOT NULL DEFAULT '',
    after_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX brief_blocks_brief ON brief_blocks(brief_id, position)`,
  `CREATE INDEX briefs_report ON briefs(report_id)`,
]
