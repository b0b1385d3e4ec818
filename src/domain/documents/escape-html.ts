const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/**
 * Escapes text for use in HTML element content and quoted attribute values.
 * `null`/`undefined` become an empty string.
 */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}
