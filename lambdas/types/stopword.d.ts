/**
 * The lists the readers take from npm `stopword` (it ships no types).
 * Imported from its ES-module build, so a bundle keeps only these lists.
 */
declare module 'stopword' {
  /** Russian and Chinese: words the local readers drop. */
  export const rus: readonly string[];
  export const zho: readonly string[];
  /** English and the Latin-script languages a message may be in that the bot does not read (reading/latin-languages.ts). */
  export const eng: readonly string[];
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const spa: readonly string[];
  export const por: readonly string[];
  export const ita: readonly string[];
  export const nld: readonly string[];
  export const pol: readonly string[];
  export const tur: readonly string[];
  export const ces: readonly string[];
  export const ron: readonly string[];
  export const vie: readonly string[];
}
