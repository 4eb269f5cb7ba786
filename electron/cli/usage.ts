// The usage text, printed for --help and after a usage error.
export const usage = `研读 Yandu — command line

Usage: yandu <command> [options]

  import FILE [--json]          import a report; prints its id
  list [--json]                 the reports in the library
  outline REPORT [--json]       parts, topics and nested sections of a report
  text REPORT                   the whole text as stored, one block a line
  serve [--port N] [--open]     start the browser host; prints its URL (with token)

Every command takes --data DIR (default: the app's data folder).
`
