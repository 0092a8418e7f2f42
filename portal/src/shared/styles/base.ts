import { css } from 'lit'
import { blue, border, focus, fontStack, hover, secondaryText, text, visited } from './tokens.ts'

/** Typography, links, lists and the focus style every element shares (inside each shadow root). */
export const base = css`
  :host {
    display: block;
    color: ${text};
    font-family: ${fontStack};
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0 0 1rem;
    line-height: 1.25;
    font-weight: 700;
  }
  h1 {
    font-size: 2rem;
    margin-bottom: 1.5rem;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.1875rem;
    margin-bottom: 0.5rem;
  }
  h1:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 1rem;
  }
  .lead {
    font-size: 1.1875rem;
  }
  .caption {
    display: block;
    color: ${secondaryText};
    font-size: 1.1875rem;
    margin-bottom: 0.25rem;
  }
  .hint,
  .secondary {
    color: ${secondaryText};
  }
  .small {
    font-size: 0.875rem;
  }
  a {
    color: ${blue};
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: ${visited};
  }
  a:hover {
    color: ${hover};
    text-decoration-thickness: 3px;
  }
  a:focus-visible {
    outline: 4px solid transparent;
    color: ${text};
    background-color: ${focus};
    box-shadow:
      0 -2px ${focus},
      0 4px ${text};
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .plain-list {
    list-style: none;
    padding: 0;
  }
  hr {
    border: 0;
    border-top: 1px solid ${border};
    margin: 2rem 0;
  }
  .prose p {
    white-space: pre-wrap;
  }
  @media (max-width: 40rem) {
    h1 {
      font-size: 1.625rem;
    }
    h2 {
      font-size: 1.3125rem;
    }
  }
`
