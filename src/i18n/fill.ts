/** Fills `{name}` placeholders of a UI string; unknown names stay as written. Shared by pages, islands and scripts. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
