// Version 3: the full-text search indexes, kept in step by triggers, so every
// transaction that writes a paragraph, heading, note or highlight updates the
// index in the same commit (and a rollback rolls both back).
//
// Two FTS5 tables per source, both contentless (the text lives in its own table;
// contentless_delete lets a trigger drop a row by its rowid alone):
// - `*_text`, trigram tokenizer: queries whose every term has 3+ characters.
// - `*_chars`, one token per character (the text stored spaced out, tokenized
//   by `ascii` with every ASCII punctuation mark a token character): 1- and
//   2-character queries as a phrase of single characters. No custom tokenizer
//   or user function is needed, so any connection (a test's raw handle, a
//   future tool) keeps the index right. Measured on the 200-report bench
//   library (20 MB): p95 ≈ 0.3 ms at LIMIT 200 against ≈ 27 ms for LIKE.
// A released migration never changes: fix forward with a new number.

/** Layout of a block's rowid in search_text / search_text_chars: report id,
 * edition number, position in the edition, and 1 for a heading (headings and
 * paragraphs share positions' number space only by convention, so the bit
 * keeps them apart). Ascending rowid is then report, edition, reading order,
 * which lets a query stop at its LIMIT without sorting. 22 bits of report id
 * (4 million reports), 11 of edition number (2047 editions), 29 of position. */
export const blockKey = { reportShift: 41, editionShift: 30, editionMask: 2047, positionMask: 536870911 } as const

const key = (report: string, edition: string, position: string, heading: 0 | 1) =>
  `((${report}) << ${blockKey.reportShift}) | ((${edition}) << ${blockKey.editionShift}) | ((${position}) << 1) | ${heading}`

/** Characters per chunk when spacing a text out: SQLite's substr() walks from
 * the start of its argument, so one pass over a long text is quadratic; cutting
 * it in chunks first makes it linear times the chunk. 64 measured best
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

/** Blocks wait in search_pending and move into the FTS tables in batches of
 * this many rows. FTS5 writes a segment at every statement boundary of a
 * transaction it took part in, so indexing row by row from a trigger cost
 * ≈ 400 ms for a 1 MB import against ≈ 60 ms in batches; search() reads the
 * (at most batch − 1) waiting rows directly. Bigger: faster imports, more rows
 * for every search to scan. */
const pendingBatch = 256

/** A block (paragraph or heading) into the waiting rows. */
const addBlock = (row: string, textColumn: string, heading: 0 | 1) => `
  INSERT INTO search_pending (key, text) SELECT ${key('e.report_id', 'e.number', `${row}.position`, heading)}, ${row}.${textColumn}
    FROM editions e WHERE e.id = ${row}.edition_id;`

/** A block out of the indexes; a no-op when its edition is already gone (then
 * the edition's own trigger has removed it). */
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

/** The highlighted text of a highlight: its ranges' quotes, one a line. */
const quoteOf = (id: string) =>
  `(SELECT group_concat(q.exact, char(10)) FROM (SELECT exact FROM highlight_ranges WHERE highlight_id = ${id} ORDER BY seq) q)`

/** Brings the annotation index in line with one note or highlight: drop what
 * is indexed, index it again if it exists and is not in the trash. */
const refresh = (column: 'note_id' | 'highlight_id', id: string) => {
  const source =
    column === 'note_id'
      ? { table: 'notes', live: `deleted_at IS NULL AND text <> ''`, text: 'x.text', comment: `''` }
      : { table: 'highlights', live: 'deleted_at IS NULL', text: quoteOf('x.id'), comment: 'x.comment' }
  return `
  DELETE FROM search_annotation_text WHERE rowid = (SELECT key FROM search_annotations WHERE ${column} = ${id});
  DELETE FROM search_annotation_chars WHERE rowid = (SELECT key FROM search_annotations WHERE ${column} = ${id});
  DELETE FROM search_annotations WHERE ${column} = ${id};
  INSERT INTO search_annotations (${column}) SELECT id FROM ${source.table} WHERE id = ${id} AND ${source.live};
  INSERT INTO search_annotation_text (rowid, text, comment) SELECT a.key, ${source.text}, ${source.comment}
    FROM search_annotations a JOIN ${source.table} x ON x.id = a.${column} WHERE a.${column} = ${id};
  INSERT INTO search_annotation_chars (rowid, text, comment) SELECT a.key, ${spaced(source.text)}, ${spaced(source.comment)}
    FROM search_annotations a JOIN ${source.table} x ON x.id = a.${column} WHERE a.${column} = ${id};`
}

const editionKeys = `SELECT ${key('old.report_id', 'old.number', 'position', 0)} FROM paragraphs WHERE edition_id = old.id
  UNION ALL SELECT ${key('old.report_id', 'old.number', 'position', 1)} FROM sections WHERE edition_id = old.id`

export default [
  `CREATE TABLE search_numbers (n INTEGER PRIMARY KEY)`,
  `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${numbers - 1})
   INSERT INTO search_numbers (n) SELECT n FROM s`,
  fts('search_text', 'text', trigram),
  fts('search_text_chars', 'text', characters),
  `CREATE TABLE search_pending (
    seq INTEGER PRIMARY KEY,
    key INTEGER NOT NULL,
    text TEXT NOT NULL
  )`,
  `CREATE TRIGGER search_pending_move AFTER INSERT ON search_pending WHEN new.seq % ${pendingBatch} = 0 BEGIN
    INSERT INTO search_text (rowid, text) SELECT key, text FROM search_pending;
    INSERT INTO search_text_chars (rowid, text) SELECT key, ${spaced('text')} FROM search_pending;
    DELETE FROM search_pending;
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
  ...blockTriggers('paragraphs', 'text', 0),
  ...blockTriggers('sections', 'heading', 1),
  // Before the edition goes: its paragraphs and headings are still there to
  // name their keys (a cascade deletes them after the edition row).
  `CREATE TRIGGER search_editions_delete BEFORE DELETE ON editions BEGIN
    DELETE FROM search_pending WHERE key IN (${editionKeys});
    DELETE FROM search_text WHERE rowid IN (${editionKeys});
    DELETE FROM search_text_chars WHERE rowid IN (${editionKeys});
  END`,
  `CREATE TRIGGER search_notes_insert AFTER INSERT ON notes BEGIN ${refresh('note_id', 'new.id')} END`,
  `CREATE TRIGGER search_notes_update AFTER UPDATE ON notes BEGIN ${refresh('note_id', 'new.id')} END`,
  `CREATE TRIGGER search_notes_delete AFTER DELETE ON notes BEGIN ${refresh('note_id', 'old.id')} END`,
  `CREATE TRIGGER search_highlights_insert AFTER INSERT ON highlights BEGIN ${refresh('highlight_id', 'new.id')} END`,
  `CREATE TRIGGER search_highlights_update AFTER UPDATE OF comment, deleted_at ON highlights BEGIN
    ${refresh('highlight_id', 'new.id')} END`,
  `CREATE TRIGGER search_highlights_delete AFTER DELETE ON highlights BEGIN ${refresh('highlight_id', 'old.id')} END`,
  `CREATE TRIGGER search_highlight_ranges_insert AFTER INSERT ON highlight_ranges BEGIN
    ${refresh('highlight_id', 'new.highlight_id')} END`,
  `CREATE TRIGGER search_highlight_ranges_update AFTER UPDATE ON highlight_ranges BEGIN
    ${refresh('highlight_id', 'old.highlight_id')} ${refresh('highlight_id', 'new.highlight_id')} END`,
  `CREATE TRIGGER search_highlight_ranges_delete AFTER DELETE ON highlight_ranges BEGIN
    ${refresh('highlight_id', 'old.highlight_id')} END`,
  // What the database already holds (a library migrated from version 2).
  `INSERT INTO search_text (rowid, text)
   SELECT ${key('e.report_id', 'e.number', 'p.position', 0)}, p.text FROM paragraphs p JOIN editions e ON e.id = p.edition_id
   UNION ALL SELECT ${key('e.report_id', 'e.number', 's.position', 1)}, s.heading FROM sections s JOIN editions e ON e.id = s.edition_id`,
  `INSERT INTO search_text_chars (rowid, text)
   SELECT ${key('e.report_id', 'e.number', 'p.position', 0)}, ${spaced('p.text')} FROM paragraphs p JOIN editions e ON e.id = p.edition_id
   UNION ALL SELECT ${key('e.report_id', 'e.number', 's.position', 1)}, ${spaced('s.heading')} FROM sections s JOIN editions e ON e.id = s.edition_id`,
  `INSERT INTO search_annotations (note_id) SELECT id FROM notes WHERE deleted_at IS NULL AND text <> ''`,
  `INSERT INTO search_annotations (highlight_id) SELECT id FROM highlights WHERE deleted_at IS NULL`,
  `INSERT INTO search_annotation_text (rowid, text, comment)
   SELECT a.key, x.text, '' FROM search_annotations a JOIN notes x ON x.id = a.note_id
   UNION ALL SELECT a.key, ${quoteOf('x.id')}, x.comment FROM search_annotations a JOIN highlights x ON x.id = a.highlight_id`,
  `INSERT INTO search_annotation_chars (rowid, text, comment)
   SELECT a.key, ${spaced('x.text')}, '' FROM search_annotations a JOIN notes x ON x.id = a.note_id
   UNION ALL SELECT a.key, ${spaced(quoteOf('x.id'))}, ${spaced('x.comment')} FROM search_annotations a JOIN highlights x ON x.id = a.highlight_id`,
]
