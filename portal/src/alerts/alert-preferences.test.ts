import { describe, expect, it } from 'vitest'
import {
  alertIssueErrors,
  checkAlertForm,
  criticalityLabel,
  describeAlerts,
  FIELDS,
} from './alert-preferences.ts'
import type { AlertPreferences } from './types.ts'

const saved = (over: Partial<AlertPreferences> = {}): AlertPreferences => ({
  services: [
    {
      id: 'a',
      name: 'Ward 7',
      nameCy: null,
      path: 'Trust › Hospital › Ward 7',
      pathCy: 'Trust › Hospital › Ward 7',
    },
  ],
  minCriticality: 3,
  frequency: 'daily',
  paused: false,
  ...over,
})

describe('criticalityLabel', () => {
  it('uses the moderators’ words from 0 to 5', () => {
    expect(criticalityLabel(0)).toBe('0 not critical')
    expect(criticalityLabel(5)).toBe('5 severely critical')
  })
})

describe('checkAlertForm', () => {
  it('asks for a service and a frequency', () => {
    const errors = checkAlertForm({ serviceIds: [], minCriticality: 0, frequency: null })
    expect(errors.map((e) => e.field)).toEqual([FIELDS.services, FIELDS.frequency])
  })

  it('refuses more than 50 services and accepts a complete form', () => {
    const many = Array.from({ length: 51 }, (_, i) => `s${i}`)
    expect(checkAlertForm({ serviceIds: many, minCriticality: 0, frequency: 'daily' })).toHaveLength(1)
    expect(checkAlertForm({ serviceIds: ['a'], minCriticality: 2, frequency: 'immediate' })).toEqual([])
  })
})

describe('alertIssueErrors', () => {
  it('names the service a `serviceIds.<i>` issue is about', () => {
    const errors = alertIssueErrors(
      [{ path: 'serviceIds.1', message: 'is not a service your organisation covers' }],
      ['a', 'b'],
      new Map([['b', 'Trust › Old ward']]),
    )
    expect(errors).toEqual([
      { field: FIELDS.services, message: 'Trust › Old ward is not a service your organisation covers' },
    ])
  })

  it('puts other issues beside their own fields', () => {
    const errors = alertIssueErrors(
      [
        { path: 'frequency', message: 'Invalid option' },
        { path: 'minCriticality', message: 'Too big' },
        { path: 'serviceIds', message: 'Choose at least one service' },
      ],
      [],
      new Map(),
    )
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      [FIELDS.frequency, 'Invalid option'],
      [FIELDS.criticality, 'Too big'],
      [FIELDS.services, 'Choose at least one service'],
    ])
  })
})

describe('describeAlerts', () => {
  it('says alerts are off without preferences', () => {
    expect(describeAlerts(null, true)).toEqual({ title: 'Alerts are off', notes: [] })
  })

  it('says what is sent when alerts are on', () => {
    const state = describeAlerts(saved(), true)
    expect(state.title).toBe('Alerts are on')
    expect(state.notes).toEqual(['A daily digest about 1 service: stories moderately critical or more.'])
    expect(describeAlerts(saved({ minCriticality: 0, frequency: 'immediate' }), true).notes[0]).toBe(
      'An email as each story is published about 1 service: every story, positive ones too.',
    )
  })

  it('says why alerts are paused: an unsubscribe link, or billing', () => {
    const unsubscribed = describeAlerts(saved({ paused: true }), true)
    expect(unsubscribed.title).toBe('Alerts are paused')
    expect(unsubscribed.notes).toContain('Paused by an unsubscribe link — saving resumes them.')
    const readOnly = describeAlerts(saved(), false)
    expect(readOnly.title).toBe('Alerts are paused')
    expect(readOnly.notes).toContain('Alerts are paused while billing allows reading only.')
    expect(describeAlerts(null, false).notes).toEqual([
      'Alerts are paused while billing allows reading only.',
    ])
  })
})
