import { describe, expect, it } from 'vitest'
import { refusal } from './refused-sql.ts'

describe('refusal', () => {
  it.each([
    'copy stories from stdin',
    'COPY "stories" (id, title) FROM STDIN WITH (FORMAT csv)',
    'select 1; copy t from stdin',
    '/* note */ copy t from stdin;',
    "copy t from '/dev/blob'",
    'copy public.t(a) from stdin',
  ])('refuses COPY … FROM: %s', (sql) => {
    expect(refusal(sql)).toBe('copy-from')
  })

  it.each([
    'copy t to stdout',
    'copy (select a from t where b in (select c from u)) to stdout',
    "COPY (SELECT 'from' FROM t) TO STDOUT",
    'copy "from" to stdout',
  ])('lets COPY … TO through: %s', (sql) => {
    expect(refusal(sql)).toBeUndefined()
  })

  it.each([
    "select 'copy t from stdin'",
    "select E'it\\'s; copy t from stdin'",
    'select $$; copy t from stdin $$',
    'select $body$ ; copy t from stdin $body$',
    '-- copy t from stdin\nselect 1',
    '/* /* copy t from stdin; */ */ select 1',
    'select copy from t',
    "select 'it''s'; select 1",
  ])('looks past literals, comments and identifiers: %s', (sql) => {
    expect(refusal(sql)).toBeUndefined()
  })

  it.each([
    'select pg_sleep(30)',
    'begin; select pg_catalog.pg_sleep_for(interval $$1 s$$)',
    'select PG_SLEEP_UNTIL(now())',
    'select "pg_sleep"(1)',
    'create function nap() returns void language sql as $$ select pg_sleep(30) $$',
    "do 'begin perform pg_sleep(5); end'",
  ])('refuses sleeping, even in a function body: %s', (sql) => {
    expect(refusal(sql)).toBe('sleep')
  })
})
