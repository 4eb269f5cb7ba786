// A search hit's snippet as HTML for v-html. The core escapes everything in
// it but the `<mark>` tags it adds around the matches (core/search-snippet.ts,
// a security boundary); this is the renderer's second check, so a snippet
// from anywhere else (an older host, a bug) can never inject markup.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** `snippetHtml` as is when its only tags are `<mark>` and `</mark>`;
 * otherwise its text with every tag removed and all of it escaped. */
export function safeSnippetHtml(snippetHtml: string): string {
  if (!/<(?!\/?mark>)|(?<!<\/?mark)>/.test(snippetHtml)) return snippetHtml
  return snippetHtml.replace(/<[^>]*>?/g, '').replace(/[&<>"']/g, (ch) => entities[ch])
}
