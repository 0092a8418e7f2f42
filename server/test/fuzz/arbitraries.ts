import fc from 'fast-check'

/** The part of an OpenAPI 3.1 document the fuzzer reads. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
}

export interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body?: { type: string; schema?: JsonSchema }
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: JsonSchema }> } }
    >
  >
  components?: { schemas?: Record<string, JsonSchema> }
}

/** Every documented operation, with its parameters and the first content type of its body. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const [type, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? []
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: type ? { type, schema: content?.schema } : undefined,
      }
    }),
  )
}

/** Text chosen to hurt: what PostgreSQL cannot store, what is not Unicode, injections, extremes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Kind nurses\u0000',
    '\ud800',
    'ward \udfff',
    '%00',
    '%',
    '%E0%A4%A',
    "'; drop table stories; --",
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '',
    ' ',
    '\u202eevil',
    '🏥'.repeat(300),
    'x'.repeat(10_000),
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '00000000-0000-0000-0000-000000000000',
    '0000-01-01',
    '2026-02-30',
    '9999-12-31',
    '=cmd|calc',
    '"quoted -not',
    'a,b,,c',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 300 }),
)

/** A value of any JSON type, including hostile strings. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, -1, 0, 1.5, 2 ** 53, [], {}),
)

export interface Pools {
  /** Ids of real rows, so that generated requests get past "not found" to the deeper checks. */
  ids: string[]
  /** The same ids by what they are (`service`, `story`, `subscriber` …), matched to field names. */
  idsByKind: Record<string, string[]>
  /** Real secret tokens (follow links, invitations). */
  tokens: string[]
  /** Real tag slugs. */
  slugs: string[]
}

/** Values that mostly follow the schema (real ids for uuids), sometimes not. */
export function fromSchema(
  schema: JsonSchema | undefined,
  doc: OpenApiDocument,
  pools: Pools,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson
  if (schema.$ref) {
    const ref = schema.$ref.split('/').pop()!
    return fromSchema(doc.components?.schemas?.[ref], doc, pools, name, depth + 1)
  }
  const choices = schema.anyOf ?? schema.oneOf ?? schema.allOf
  if (choices?.length) return fc.oneof(...choices.map((s) => fromSchema(s, doc, pools, name, depth + 1)))
  if (schema.enum?.length) return fc.constantFrom(...schema.enum)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {})
      const required = new Set(schema.required ?? [])
      const record = Object.fromEntries(
        properties.map(([key, s]) => [key, fromSchema(s, doc, pools, key, depth + 1)]),
      )
      return fc.record(record, { requiredKeys: properties.map(([k]) => k).filter((k) => required.has(k)) })
    }
    case 'array':
      return fc.array(fromSchema(schema.items, doc, pools, name, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      })
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 1000, 10_000) })
    case 'number':
      return fc.double({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'string':
      return stringFor(schema, pools, name)
    default:
      return anyJson
  }
}

/** Real ids of the kind a field's name suggests (`serviceIds` → services), or any real id. */
function idsFor(name: string, pools: Pools): string[] {
  const kind = Object.keys(pools.idsByKind).find((k) => name.toLowerCase().includes(k))
  return kind ? pools.idsByKind[kind]! : pools.ids
}

function stringFor(schema: JsonSchema, pools: Pools, name: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid' || /id$/i.test(name)) {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...idsFor(name, pools)) }, fc.uuid())
  }
  if (schema.format === 'email' || /email/i.test(name)) {
    return fc.constantFrom('someone@heard.test', 'ward.manager@testshire.nhs.uk', 'a@b', 'not an email')
  }
  if (schema.format === 'date') return fc.constantFrom('2026-01-31', '2025-12-01', '0001-01-01')
  if (schema.format === 'date-time') return fc.constantFrom('2026-01-31T12:00:00Z', '2030-01-01T00:00:00Z')
  if (/token/i.test(name)) return fc.constantFrom(...pools.tokens)
  if (/slug|tag|good|improve|feeling/i.test(name)) return fc.constantFrom(...pools.slugs)
  const min = schema.minLength ?? 0
  const max = Math.max(min, Math.min(schema.maxLength ?? 60, 400))
  return fc.oneof(
    { weight: 4, arbitrary: fc.lorem({ maxCount: 30 }).map((words) => fit(words, min, max)) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max }) },
  )
}

/** Words stretched or cut to a length between `min` and `max`. */
function fit(words: string, min: number, max: number): string {
  let text = words || 'care'
  while (text.length < min) text += ` ${text}`
  return text.slice(0, max)
}

/** A string with a character the database cannot store, or that is not Unicode, put inside it. */
export const poisoned = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.nat(), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0000\u0000'))
    .map(
      ([value, at, bad]) =>
        value.slice(0, at % (value.length + 1)) + bad + value.slice(at % (value.length + 1)),
    )

/**
 * A body that follows the schema except in one place, so that the request reaches as deep as it
 * can: a string given a NUL or a lone surrogate, or any value replaced with a hostile one.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.boolean(), poisoned(fc.constant('')), anyJson)
    .map(([generated, pick, poison, bad, other]) => {
      // fast-check may hand the same value out again: change a copy.
      const value: unknown = structuredClone(generated)
      const leaves: { parent: Record<string, unknown>; key: string }[] = []
      const stack: unknown[] = [value]
      while (stack.length) {
        const item = stack.pop()
        if (item === null || typeof item !== 'object') continue
        for (const [key, child] of Object.entries(item)) {
          leaves.push({ parent: item as Record<string, unknown>, key })
          stack.push(child)
        }
      }
      const strings = leaves.filter((l) => typeof l.parent[l.key] === 'string')
      if (poison && typeof value === 'string') return value + bad
      if (poison && strings.length) {
        const leaf = strings[pick % strings.length]!
        leaf.parent[leaf.key] = `${leaf.parent[leaf.key] as string}${bad}`
        return value
      }
      if (!leaves.length) return other
      const leaf = leaves[pick % leaves.length]!
      leaf.parent[leaf.key] = other
      return value
    })
}

/** Percent-encodes text; an unpaired surrogate goes as the UTF-8 bytes a careless client would send. */
export const encode = (text: string) =>
  Array.from(text, (ch) => {
    try {
      return encodeURIComponent(ch)
    } catch {
      return '%ED%A0%80'
    }
  }).join('')

export interface FuzzRequest {
  actor: string
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}

const headerText = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
})

/** Headers the app reads, with made-up or hostile values (header values cannot carry NUL). */
const strayHeaders = fc.dictionary(
  fc.constantFrom(
    'if-none-match',
    'origin',
    'authorization',
    'x-api-key',
    'accept-language',
    'x-forwarded-for',
    'accept',
  ),
  headerText,
  { maxKeys: 3 },
)

/** Bodies in the wrong form: broken JSON, the wrong type, a multipart body that is not one. */
const wrongBody = fc.constantFrom(
  { type: 'application/json', text: '{"title": "unfinished' },
  { type: 'application/json', text: '"\\u0000"' },
  { type: 'application/json', text: '{"text":"\\ud800"}' },
  { type: 'application/json', text: '[' + '['.repeat(5000) },
  { type: 'text/plain', text: 'just words' },
  { type: 'application/json', text: '' },
  { type: 'multipart/form-data; boundary=heard', text: '' },
  { type: 'multipart/form-data; boundary=heard', text: 'not a multipart body' },
  { type: 'multipart/form-data', text: '--x\r\n\r\n' },
  { type: 'application/x-www-form-urlencoded', text: 'body=%00&responseId=%ZZ' },
  { type: 'text/csv', text: 'code,name,kind,parent_code,postcode\nX1,Trust\u0000,organisation,,\n' },
  { type: 'text/csv', text: 'code,name\n"unterminated' },
)

/** Where a request goes wrong: one place, so that everything else gets it as far as it can. */
type Fault =
  | { kind: 'none' }
  | { kind: 'path' | 'query'; pick: number; value: string }
  | { kind: 'extra query'; name: string; value: string }
  | { kind: 'headers'; headers: Record<string, string> }
  | { kind: 'body'; value: unknown }
  | { kind: 'wrong body'; type: string; text: string }

/**
 * Requests for one documented operation, as one of `actors`: parameters and body from the schema
 * (real ids where ids go), with one fault: a value given a NUL or a lone surrogate, a hostile
 * value, an unknown parameter, stray headers, or a body in the wrong form.
 */
export function requestFor(
  op: Operation,
  doc: OpenApiDocument,
  pools: Pools,
  actors: string[],
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path')
  const queryParams = op.parameters.filter((p) => p.in === 'query')
  const headerParams = op.parameters.filter((p) => p.in === 'header')
  const valid = (p: Parameter) => fromSchema(p.schema, doc, pools, hintFor(op.path, p.name)).map(String)
  const badValue = (p: Parameter) => fc.oneof({ weight: 3, arbitrary: poisoned(valid(p)) }, hostileText)
  const hasBody = op.body !== undefined || op.method !== 'GET'
  const schemaBody = op.body?.schema ? fromSchema(op.body.schema, doc, pools) : anyJson
  const faults: fc.Arbitrary<Fault>[] = [
    fc.constant({ kind: 'none' as const }),
    fc.record({ name: hostileText, value: hostileText }).map((r) => ({ kind: 'extra query' as const, ...r })),
    strayHeaders.map((headers) => ({ kind: 'headers' as const, headers })),
  ]
  for (const [kind, params] of [
    ['path', pathParams],
    ['query', queryParams],
  ] as const) {
    if (params.length) {
      faults.push(
        fc
          .nat({ max: params.length - 1 })
          .chain((pick) => badValue(params[pick]!).map((value) => ({ kind, pick, value }))),
      )
    }
  }
  if (hasBody) {
    faults.push(mutated(schemaBody).map((value) => ({ kind: 'body' as const, value })))
    faults.push(mutated(schemaBody).map((value) => ({ kind: 'body' as const, value })))
    faults.push(wrongBody.map((b) => ({ kind: 'wrong body' as const, ...b })))
  }
  return fc
    .record({
      actor: fc.constantFrom(...actors),
      path: fc.tuple(...pathParams.map(valid)),
      query: fc.tuple(...queryParams.map((p) => fc.option(valid(p), { nil: undefined, freq: 2 }))),
      headers: fc.tuple(...headerParams.map(() => fc.option(idempotencyKey, { nil: undefined }))),
      body: hasBody ? schemaBody : fc.constant(undefined),
      fault: fc.oneof(...faults),
    })
    .map((r) => {
      const { fault } = r
      const path = [...r.path]
      const query = [...r.query]
      if (fault.kind === 'path') path[fault.pick] = fault.value
      if (fault.kind === 'query') query[fault.pick] = fault.value
      let url = op.path
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encode(path[i]!))))
      const pairs = queryParams.flatMap((p, i) =>
        query[i] === undefined ? [] : [`${p.name}=${encode(query[i]!)}`],
      )
      if (fault.kind === 'extra query') pairs.push(`${encode(fault.name)}=${encode(fault.value)}`)
      const headers: Record<string, string> = fault.kind === 'headers' ? { ...fault.headers } : {}
      headerParams.forEach((p, i) => r.headers[i] !== undefined && (headers[p.name] = r.headers[i]!))
      let body: string | undefined
      if (fault.kind === 'wrong body') {
        headers['content-type'] = fault.type
        body = fault.text
      } else if (hasBody) {
        headers['content-type'] = op.body?.type ?? 'application/json'
        body = serialise(fault.kind === 'body' ? fault.value : r.body, op.body?.type)
      }
      return {
        actor: r.actor,
        method: op.method,
        url: pairs.length ? `${url}?${pairs.join('&')}` : url,
        headers,
        body,
      }
    })
}

/** What an `{id}` names, from the path segment before it: `/widgets/{id}` → `widget`. */
function hintFor(path: string, name: string): string {
  if (name !== 'id') return name
  const before = path.split('/{id}')[0]!.split('/').pop() ?? ''
  return `${before.replace(/ies$/, 'y').replace(/s$/, '')}Id`
}

const idempotencyKey = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  minLength: 8,
  maxLength: 40,
})

function serialise(value: unknown, type = 'application/json'): string {
  if (type.startsWith('text/')) return typeof value === 'string' ? value : JSON.stringify(value)
  return JSON.stringify(value) ?? 'null'
}
