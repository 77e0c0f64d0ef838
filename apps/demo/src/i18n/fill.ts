/**
 * Fills `{name}` placeholders of a message; unknown ones stay as they are.
 *
 * @example
 * fill('The simulator refused the scenario ({status}).', { status: 400 })
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
