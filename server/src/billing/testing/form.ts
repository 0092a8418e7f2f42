/** A decoded Stripe request: nested objects, with `a[0]`, `a[1]` … turned into arrays. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/**
 * Decodes what stripe-node sends (`items[0][price]=p&metadata[subscriber_id]=…`, form-encoded
 * for POST, the same in the query string for GET) into the object it was encoded from.
 */
export function decodeForm(text: string): FormObject {
  const root: FormObject = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.match(/^[^[]+|\[[^\]]*\]/g)?.map((p) => p.replace(/^\[|\]$/g, '')) ?? [rawKey]
    let node: FormObject = root
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value
      else node = (node[part] ??= {}) as FormObject
    })
  }
  return arraysFromIndexes(root) as FormObject
}

function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  const converted = Object.fromEntries(keys.map((k) => [k, arraysFromIndexes(value[k]!)]))
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k]!)
  }
  return converted
}

/** Reads a decoded field as a string, a number or a boolean. */
export const field = {
  str: (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined),
  num: (v: FormValue | undefined): number | undefined =>
    typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined,
  bool: (v: FormValue | undefined): boolean | undefined =>
    v === 'true' ? true : v === 'false' ? false : undefined,
  obj: (v: FormValue | undefined): FormObject =>
    v && typeof v === 'object' && !Array.isArray(v) ? v : ({} as FormObject),
  list: (v: FormValue | undefined): FormValue[] => (Array.isArray(v) ? v : []),
}
