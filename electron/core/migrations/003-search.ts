// Version 3: the full-text search indexes. Triggers keep them in step: the
// transaction that writes a paragraph, heading, note or highlight writes what
// search must see of it in the same commit (and a rollback drops both).
//
// Two contentless FTS5 tables per source (the text lives in its own table;
// contentless_delete lets a trigger drop a row by its rowid alone):
// - `*_text`, trigram tokenizer: queries whose every term has 3+ characters.
// - `*_chars`, one token per character (the text stored spaced out, tokenized
//   by `ascii` with every ASCII punctuation mark a token character): 1- and
//   2-character queries as a phrase of single characters. On the 200-report
//   bench library (20 MB) that answers 创新 or 衡 in ≈ 0.15 ms at LIMIT 200,
//   where LIKE '%衡%' scans for up to ≈ 30 ms. No custom tokenizer or user
//   function: any connection (a test's raw handle, a future tool) keeps the
//   index right, at ≈ 80 ms per MB imported for the spacing done in SQL.
//
// FTS5 writes a segment at every statement boundary of a transaction it took
// part in, so indexing row by row from a trigger made a 1 MB import take
// ≈ 400 ms. Blocks therefore wait in search_pending and move into the FTS
// tables by the batch; search.ts reads those still waiting directly, and moves
// them when it can write.
// Notes and highlights are only marked in search_stale: a trigger big enough
// to index them is compiled into every statement that writes them (≈ 150 µs
// per prepare, 10,000 new highlights: +4 s), so search.ts reads the marked
// ones directly and re-indexes them (refreshStaleAnnotations) once enough
// have gathered. A released migration never changes: fix forward with a new
// number.

/** Layout of a block's rowid in search_text / search_text_chars: report id,
 * edition number, position in the edition, and 1 for a heading (headings and
 * paragraphs share the positions of an edition only by convention, so the bit
 * keeps them apart). Ascending rowid is report, edition, reading order, which
 * lets a query stop at its LIMIT without sorting. 22 bits of report id
 * (4 million reports), 11 of edition number (2047 editions), 29 of position. */
export const blockKey = { reportShift: 41, editionShift: 30, editionMask: 2047, positionMask: 536870911 } as const

const key = (report: string, edition: string, position: string, heading: 0 | 1) =>
  `((${report}) << ${blockKey.reportShift}) | ((${edition}) << ${blockKey.editionShift}) | ((${position}) << 1) | ${heading}`

/** Characters per chunk when spacing a text out: SQLite's substr() walks from
 * the start of its argument, so one pass over a long text is quadratic;
 * cutting it in chunks first makes it linear times the chunk. 64 measured best
 * between 16 and 256 (a 100,000-character text: ≈ 0.1 s). */
const chunk = 64
/** Rows of search_numbers: texts up to numbers × chunk = 4,194,304 characters
 * are indexed whole for 1- and 2-character queries (longer ones: their start). */
const numbers = 65536

/** SQL for `text` with a space after every character, in order. CROSS JOIN
 * keeps the chunks outermost, so group_concat sees the characters in order. */
const spaced = (text: string) => `(SELECT group_concat(substr(c.piece, b.n + 1, 1), ' ')
  FROM (SELECT a.n, substr(${text}, a.n * ${chunk} + 1, ${chunk}) AS piece FROM search_numbers a
        WHERE a.n < (length(${text}) + ${chunk - 1}) / ${chunk} ORDER BY a.n LIMIT -1) c
  CROSS JOIN search_numbers b WHERE b.n < length(c.piece))`

const punctuation = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`
const fts = (name: string, columns: string, tokenizer: string) =>
  `CREATE VIRTUAL TABLE ${name} USING fts5(${columns}, content='', contentless_delete=1, tokenize=${tokenizer})`
const trigram = `'trigram case_sensitive 0'`
const characters = `'ascii tokenchars ''${punctuation.replaceAll("'", "''''")}'''`

/** Blocks move from search_pending into the FTS tables this many at a time:
 * a 1 MB import takes ≈ 150 ms in all (16 rows a batch: ≈ 700 ms, 64: ≈ 500),
 * and up to this many − 1 rows wait after an import until a search moves them
 * (read directly meanwhile: ≈ 0.15 ms a search). */
const pendingBatch = 256
/** Moves the waiting blocks into both block FTS tables: by the trigger every
 * batch, and by search.ts for the rows an import leaves waiting. */
export const movePendingBlocks: readonly string[] = [
  `INSERT INTO search_text (rowid, text) SELECT key, text FROM search_pending`,
  `INSERT INTO search_text_chars (rowid, text) SELECT key, ${spaced('text')} FROM search_pending`,
  `DELETE FROM search_pending`,
]

/** A block (paragraph or heading) into the waiting rows. */
const addBlock = (row: string, textColumn: string, heading: 0 | 1) => `
  INSERT INTO search_pending (key, text) SELECT ${key('e.report_id', 'e.number', `${row}.position`, heading)}, ${row}.${textColumn}
    FROM editions e WHERE e.id = ${row}.edition_id;`

/** A block out of the indexes; a no-op when its edition is already gone (the
 * edition's own trigger has removed it then). */
const dropBlock = (row: string, heading: 0 | 1) => {
  const rowKey = `(SELECT ${key('e.report_id', 'e.number', `${row}.position`, heading)} FROM editions e WHERE e.id = ${row}.edition_id)`
  return `
  DELETE FROM search_pending WHERE key = ${rowKey};
  DELETE FROM search_text WHERE rowid = ${rowKey};
  DELETE FROM search_text_chars WHERE rowid = ${rowKey};`
}

const blockTriggers = (table: string, textColumn: string, heading: 0 | 1) => [
  `CREATE TRIGGER search_${table}_insert AFTER INSERT ON ${table} BEGIN ${addBlock('new', textColumn, heading)} END`,
  `CREATE TRIGGER search_${table}_update AFTER UPDATE OF ${textColumn}, position, edition_id ON ${table} BEGIN
    ${dropBlock('old', heading)} ${addBlock('new', textColumn, heading)} END`,
  `CREATE TRIGGER search_${table}_delete AFTER DELETE ON ${table} BEGIN ${dropBlock('old', heading)} END`,
]

const editionKeys = `SELECT ${key('old.report_id', 'old.number', 'position', 0)} FROM paragraphs WHERE edition_id = old.id
  UNION ALL SELECT ${key('old.report_id', 'old.number', 'position', 1)} FROM sections WHERE edition_id = old.id`

/** The highlighted text of a highlight: its ranges' quotes, one a line. */
const quoteOf = (id: string) =>
  `(SELECT group_concat(q.exact, char(10)) FROM (SELECT exact FROM highlight_ranges WHERE highlight_id = ${id} ORDER BY seq) q)`

/** Fills both annotation FTS tables from the search_annotations rows whose
 * note passes `notes` and whose highlight passes `highlights` (SQL on `a`). */
const indexAnnotations = (notes: string, highlights: string) =>
  (['search_annotation_text', 'search_annotation_chars'] as const).map((table) => {
    const text = (sql: string) => (table === 'search_annotation_text' ? sql : spaced(sql))
    return `INSERT INTO ${table} (rowid, text, comment)
      SELECT a.key, ${text('x.text')}, '' FROM search_annotations a JOIN notes x ON x.id = a.note_id WHERE ${notes}
      UNION ALL SELECT a.key, ${text(quoteOf('x.id'))}, ${text('x.comment')}
        FROM search_annotations a JOIN highlights x ON x.id = a.highlight_id WHERE ${highlights}`
  })

const staleNote = (column: string) => `${column} IN (SELECT note_id FROM search_stale)`
const staleHighlight = (column: string) => `${column} IN (SELECT highlight_id FROM search_stale)`
const staleKeys = `SELECT key FROM search_annotations WHERE ${staleNote('note_id')}
  UNION ALL SELECT key FROM search_annotations WHERE ${staleHighlight('highlight_id')}`

/** Re-indexes the notes and highlights marked in search_stale and clears the
 * marks: run in one transaction (search.ts does, when enough have gathered). */
export const refreshStaleAnnotations: readonly string[] = [
  `DELETE FROM search_annotation_text WHERE rowid IN (${staleKeys})`,
  `DELETE FROM search_annotation_chars WHERE rowid IN (${staleKeys})`,
  `DELETE FROM search_annotations WHERE ${staleNote('note_id')} OR ${staleHighlight('highlight_id')}`,
  `INSERT INTO search_annotations (note_id) SELECT id FROM notes WHERE ${staleNote('id')} AND deleted_at IS NULL AND text <> ''`,
  `INSERT INTO search_annotations (highlight_id) SELECT id FROM highlights WHERE ${staleHighlight('id')} AND deleted_at IS NULL`,
  ...indexAnnotations(staleNote('a.note_id'), staleHighlight('a.highlight_id')),
  `DELETE FROM search_stale`,
]

/** A trigger that notes a changed note or highlight in search_stale. */
const markStale = (name: string, event: string, table: string, column: 'note_id' | 'highlight_id', id: string) =>
  `CREATE TRIGGER search_${name} AFTER ${event} ON ${table} BEGIN INSERT INTO search_stale (${column}) VALUES (${id}); END`

export default [
  `CREATE TABLE search_numbers (n INTEGER PRIMARY KEY)`,
  `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${numbers - 1})
   INSERT INTO search_numbers (n) SELECT n FROM s`,

  // Blocks: paragraphs and headings.
  fts('search_text', 'text', trigram),
  fts('search_text_chars', 'text', characters),
  `CREATE TABLE search_pending (
    seq INTEGER PRIMARY KEY,
    key INTEGER NOT NULL,
    text TEXT NOT NULL
  )`,
  `CREATE TRIGGER search_pending_move AFTER INSERT ON search_pending WHEN new.seq % ${pendingBatch} = 0 BEGIN
    ${movePendingBlocks.join(';\n    ')};
  END`,
  ...blockTriggers('paragraphs', 'text', 0),
  ...blockTriggers('sections', 'heading', 1),
  // Before the edition goes, while its paragraphs and headings are there to
  // name their keys (a cascade deletes them after the edition row).
  `CREATE TRIGGER search_editions_delete BEFORE DELETE ON editions BEGIN
    DELETE FROM search_pending WHERE key IN (${editionKeys});
    DELETE FROM search_text WHERE rowid IN (${editionKeys});
    DELETE FROM search_text_chars WHERE rowid IN (${editionKeys});
  END`,

  // Notes and highlights get a key of their own: a highlight's id is a UUID,
  // and an implicit rowid may change on VACUUM.
  `CREATE TABLE search_annotations (
    key INTEGER PRIMARY KEY,
    note_id INTEGER UNIQUE,
    highlight_id TEXT UNIQUE
  )`,
  fts('search_annotation_text', 'text, comment', trigram),
  fts('search_annotation_chars', 'text, comment', characters),
  `CREATE TABLE search_stale (
    note_id INTEGER,
    highlight_id TEXT
  )`,
  markStale('notes_insert', 'INSERT', 'notes', 'note_id', 'new.id'),
  markStale('notes_update', 'UPDATE', 'notes', 'note_id', 'new.id'),
  markStale('notes_delete', 'DELETE', 'notes', 'note_id', 'old.id'),
  markStale('highlights_insert', 'INSERT', 'highlights', 'highlight_id', 'new.id'),
  markStale('highlights_update', 'UPDATE OF comment, deleted_at', 'highlights', 'highlight_id', 'new.id'),
  markStale('highlights_delete', 'DELETE', 'highlights', 'highlight_id', 'old.id'),
  markStale('highlight_ranges_insert', 'INSERT', 'highlight_ranges', 'highlight_id', 'new.highlight_id'),
  markStale('highlight_ranges_update_old', 'UPDATE', 'highlight_ranges', 'highlight_id', 'old.highlight_id'),
  markStale('highlight_ranges_update_new', 'UPDATE', 'highlight_ranges', 'highlight_id', 'new.highlight_id'),
  markStale('highlight_ranges_delete', 'DELETE', 'highlight_ranges', 'highlight_id', 'old.highlight_id'),

  // What the database already holds (a library migrated from version 2).
  `INSERT INTO search_text (rowid, text)
   SELECT ${key('e.report_id', 'e.number', 'p.position', 0)}, p.text FROM paragraphs p JOIN editions e ON e.id = p.edition_id
   UNION ALL SELECT ${key('e.report_id', 'e.number', 's.position', 1)}, s.heading FROM sections s JOIN editions e ON e.id = s.edition_id`,
  `INSERT INTO search_text_chars (rowid, text)
   SELECT ${key('e.report_id', 'e.number', 'p.position', 0)}, ${spaced('p.text')} FROM paragraphs p JOIN editions e ON e.id = p.edition_id
   UNION ALL SELECT ${key('e.report_id', 'e.number', 's.position', 1)}, ${spaced('s.heading')} FROM sections s JOIN editions e ON e.id = s.edition_id`,
  `INSERT INTO search_annotations (note_id) SELECT id FROM notes WHERE deleted_at IS NULL AND text <> ''`,
  `INSERT INTO search_annotations (highlight_id) SELECT id FROM highlights WHERE deleted_at IS NULL`,
  ...indexAnnotations('1', '1'),
]
