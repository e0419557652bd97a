// Word matching for searchPackages, standing in for PostgreSQL's websearch_to_tsquery: lower-cased
// words with a crude English stemmer, applied the same way to documents and queries.

export function wordsOf(text) {
  return String(text).toLowerCase().match(/[a-z0-9]+/g) || [];
}

export function stem(word) {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A predicate over index entries: a substring of slug/name/"cat/pkg", or every query word. */
export function matcher(query) {
  const q = String(query).trim().toLowerCase();
  if (!q) return () => true;
  const words = wordsOf(q).map(stem);
  return (e) => e.sub.includes(q) || (words.length > 0 && words.every((w) => e.words.has(w)));
}
