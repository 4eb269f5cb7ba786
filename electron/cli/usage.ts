// The usage text, printed for --help and after a usage error.
export const usage = `研读 Yandu — command line

Usage: yandu <command> [options]

  import FILE [--encoding E] [--json]
                                import a report (.txt, .md, .docx, .html); prints its id.
                                --encoding: utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk (default: detected)
  import FILE --as-edition-of REPORT [--json]
                                import a revised text as a new edition; highlights and notes move to it
  list [--json]                 the reports in the library
  outline REPORT [--json]       parts, topics and nested sections of a report
  text REPORT [--edition N]     the whole text as stored, one block a line (default: the newest edition)
  highlight REPORT --quote TEXT [--occurrence N] [--category C] [--comment TEXT] [--tag T]... [--json]
                                highlight the Nth occurrence of TEXT (category 重点 by default)
  highlight REPORT --quotes FILE.json [--json]
                                highlight many at once: [{"exact", "prefix"?, "suffix"?, "category"?, "comment"?, "tags"?}]
  highlights REPORT [--json]    every highlight of the report's newest edition, with its state and citation
  delete-highlight ID           move a highlight to the trash
  restore-highlight ID          bring it back
  search QUERY [--report REPORT] [--json]
                                search report text, highlights and notes; --json: [{"report", "part", "paragraph", "kind", "snippet"}]
  export (--brief ID | --report REPORT) [--template T] [--title TEXT] --format md|html|docx|pdf --out FILE [--json]
                                export a brief, or one made on the fly from the report's highlights;
                                T: outline 学习提纲, speech 发言素材, handout 培训讲义, quiz 测验 (default: the brief's own, or outline)
  brief new REPORT [--template T] [--title TEXT] [--json]
                                make a brief from the report's highlights; prints its id
  briefs [--json]               the briefs: id, template, blocks, report, title
  serve [--port N] [--open]     start the browser host; prints its URL (with token)

Every command takes --data DIR (default: the app's data folder).
`
