export type Cell = string | number;

/**
 * Prints rows as an aligned plain-text table (numbers right-aligned), with a title and notes, so
 * the figures read the same in a terminal and in a CI log.
 *
 * @example
 * printTable('Sizes', [{ entry: 'core', 'min+gzip': '12.4 kB' }], ['kB = 1000 bytes']);
 */
export function printTable(
  title: string,
  rows: readonly Record<string, Cell>[],
  notes: readonly string[] = [],
): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const text = (cell: Cell | undefined) => (cell === undefined ? '' : String(cell));
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => text(row[column]).length)),
  );
  const numeric = columns.map((column) =>
    rows.every((row) => row[column] === undefined || /^[-\d.,%]/.test(text(row[column]))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => text(row[column]))));
  for (const note of notes) console.log(`  ${note}`);
}

/** Bytes as kB (1000 bytes, as size-limit counts), two decimals. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

/** Milliseconds, rounded; `n/a` when there was nothing to measure. */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a';
}
