// Reads a file the user picked or dropped into base64, the form the API's
// upload methods take (electron/api.ts `reportUpload`).

/** The file's bytes as base64 (no `data:` prefix). Rejects when the browser
 * cannot read the file (it was moved, or is a folder). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(file)
  })
}
