import { css } from 'lit'
import { blue, error, focus, secondaryText, text } from './tokens.ts'

/** GOV.UK/NHS form patterns: visible labels, hints, inline errors, and an error summary. */
export const forms = css`
  .form-group {
    margin-bottom: 1.5rem;
  }
  form {
    margin-bottom: 1.5rem;
  }
  .form-group.has-error {
    border-left: 4px solid ${error};
    padding-left: 1rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  legend.heading {
    font-size: 1.1875rem;
    margin-bottom: 0.5rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .hint {
    display: block;
    margin-bottom: 0.5rem;
  }
  .error-message {
    display: block;
    color: ${error};
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid ${secondaryText};
    border-radius: 0;
    background: #fff;
    color: ${text};
    font: inherit;
  }
  select {
    width: auto;
  }
  textarea {
    resize: vertical;
    line-height: 1.5;
  }
  .input-width-20 {
    max-width: 24rem !important;
  }
  .input-width-10 {
    max-width: 12rem !important;
  }
  .has-error input:not([type='radio']):not([type='checkbox']),
  .has-error textarea,
  .has-error select {
    border-color: ${error};
  }
  input:not([type='radio']):not([type='checkbox']):focus,
  select:focus,
  textarea:focus {
    outline: 4px solid ${focus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${text};
    border-color: ${text};
  }
  input[disabled],
  textarea[disabled],
  select[disabled] {
    background: #f8f8f8;
    cursor: not-allowed;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choices.services {
    max-height: 22rem;
    overflow-y: auto;
    border: 1px solid #d8dde0;
    background: #fff;
    padding: 0.5rem;
  }
  .choices.inline {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: ${blue};
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding-top: 0.0625rem;
  }
  .choice input:focus-visible {
    outline: 4px solid ${focus};
    outline-offset: 2px;
    box-shadow: 0 0 0 2px ${text};
  }
  .conditional {
    margin: 0.5rem 0 0.5rem 0.7rem;
    padding: 0.25rem 0 0.25rem 1.5rem;
    border-left: 4px solid ${secondaryText};
  }
  .error-summary {
    margin-bottom: 2rem;
    padding: 1rem 1.25rem;
    border: 4px solid ${error};
    background: #fff;
  }
  .error-summary:focus {
    outline: 4px solid ${focus};
    outline-offset: 0;
  }
  .error-summary h2 {
    font-size: 1.3125rem;
    margin-bottom: 0.75rem;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-top: 0.25rem;
  }
  .error-summary a,
  .error-summary a:visited {
    color: ${error};
    font-weight: 600;
  }
  .error-summary a:focus-visible {
    color: ${text};
  }
`
