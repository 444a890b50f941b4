// Look-up tables from the language data, without a prototype: a word cut from the
// text ("constructor", "toString", "__proto__") is then never a key the data did
// not list. With plain objects, "Drie constructor mannen" made a count of NaN.
export function dict<V>(o: Readonly<Record<string, V>>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, o);
}
