import { describe, expect, it } from 'vitest'
import type { FieldError } from './heard-error-summary.ts'
import { describedBy, errorClass, errorFor, errorsFor, reportErrorCount } from './form-fields.ts'

const errors: FieldError[] = [
  { field: 'services', message: 'Choose at least one service' },
  { field: 'services', message: 'Service 2 is not covered' },
  { field: 'name', message: 'Enter a name' },
]

describe('the messages for a field', () => {
  it('gives the first message, or every message joined, and nothing for a field without errors', () => {
    expect(errorFor(errors, 'services')).toBe('Choose at least one service')
    expect(errorsFor(errors, 'services')).toBe('Choose at least one service. Service 2 is not covered')
    expect(errorFor(errors, 'email')).toBeUndefined()
    expect(errorsFor(errors, 'email')).toBeUndefined()
  })

  it('marks only a group whose field has an error', () => {
    expect(errorClass(errors, 'name')).toBe('has-error')
    expect(errorClass(errors, 'email')).toBe('')
  })

  it('names the hint and the error a field is described by', () => {
    expect(describedBy('name', 'Enter a name')).toBe('name-hint name-error')
    expect(describedBy('name', 'Enter a name', false)).toBe('name-error')
    expect(describedBy('name', undefined)).toBe('name-hint')
  })
})

describe('reportErrorCount', () => {
  const listen = () => {
    const form = new EventTarget()
    const counts: number[] = []
    form.addEventListener('heard-form-errors', (e) =>
      counts.push((e as CustomEvent<{ count: number }>).detail.count),
    )
    return { form, counts }
  }

  it('tells the page how many errors the form now shows', () => {
    const { form, counts } = listen()
    reportErrorCount(form, new Map([['errors', []]]), errors)
    expect(counts).toEqual([3])
  })

  it('says nothing on the first render or when the errors did not change', () => {
    const { form, counts } = listen()
    reportErrorCount(form, new Map([['errors', undefined]]), [])
    reportErrorCount(form, new Map([['busy', false]]), errors)
    expect(counts).toEqual([])
  })
})
