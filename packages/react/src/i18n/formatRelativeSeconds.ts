/**
 * A number of seconds from now in words, e.g. "in 5 seconds", "za 5 sekund", "5 saniye sonra".
 * `Intl.RelativeTimeFormat` gets the grammar right that a bare number and unit would not (Czech,
 * Polish and Slovak inflect the unit after their prepositions).
 *
 * @example
 * formatRelativeSeconds(1, 'pl'); // 'za 1 sekundę'
 */
export function formatRelativeSeconds(seconds: number, lang: string): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(seconds, 'second');
}
