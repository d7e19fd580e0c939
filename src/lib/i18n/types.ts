/**
 * The shape a translation of an English catalogue must have: every key, no other, each message of the
 * same kind (a string, or a function of the same parameters returning a string; nested records for
 * messages keyed by a codebook value). TypeScript checks a catalogue against it (`satisfies`), and
 * src/cli/messages.ts checks the same at run time with readable names.
 */
export type Translation<English> = {
  [Key in keyof English]: English[Key] extends (...args: infer Args) => string
    ? (...args: Args) => string
    : English[Key] extends string
      ? string
      : Translation<English[Key]>;
};
