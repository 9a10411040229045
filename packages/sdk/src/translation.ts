/**
 * Languages but English may lack words: a word added after a language's module was written (a new
 * verdict, a new section's title) is shown in English in that language, and `untranslated` lists
 * it, so the gap is visible (the CLI's `--translations`), never silent. English is complete: its
 * words are typed by the full shape, so the compiler names a missing English word.
 */

/** The words of one concern in a language but English: any of English's keys, at any depth. */
export type Translation<T> = {
  readonly [K in keyof T]?: T[K] extends string ? string : Translation<T[K]>;
};

/** A record of words: nested objects of strings. */
type Words = { readonly [key: string]: string | Words };

/**
 * `translation` with English's word wherever it lacks one, at any depth: a complete set of words.
 * Kept small, as the widget's entry carries it (its CDN budget): a key English lacks is kept.
 */
export function withEnglish<T extends object>(english: T, translation?: Translation<T>): T {
  const words = { ...english, ...translation } as { [key: string]: unknown };
  for (const key in english) {
    if (typeof english[key] === 'object') {
      words[key] = withEnglish(
        english[key] as object,
        (translation as Record<string, never>)?.[key],
      );
    }
  }
  return words as T;
}

/**
 * The words `translation` lacks, as dotted key paths of English's shape (`tierVerdict.unclear`),
 * in English's order: what a language shows in English.
 *
 * @example untranslated(labels.en, { lang: 'de' }) // ['tierVerdict.trains', …]
 */
export function untranslated<T extends object>(
  english: T,
  translation: Translation<T> | undefined,
): string[] {
  const lacking = (en: Words, words: Words | undefined, path: string): string[] =>
    Object.entries(en).flatMap(([key, word]) => {
      const own = words?.[key];
      if (typeof word === 'string') return typeof own === 'string' ? [] : [path + key];
      return lacking(word, typeof own === 'object' ? own : undefined, `${path}${key}.`);
    });
  return lacking(english as unknown as Words, translation as Words | undefined, '');
}
