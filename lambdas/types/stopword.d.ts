/**
 * The two lists the readers take from npm `stopword` (it ships no types).
 * Imported from its ES-module build, so a bundle keeps only these lists.
 */
declare module 'stopword' {
  export const rus: readonly string[];
  export const zho: readonly string[];
}
