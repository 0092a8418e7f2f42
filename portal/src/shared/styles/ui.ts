import { css } from 'lit'
import {
  blue,
  border,
  error,
  flagHighlight,
  focus,
  paleGrey,
  secondaryText,
  success,
  text,
  warning,
} from './tokens.ts'

/** Panels, tags, summary lists and banners shared by the pages. */
export const ui = css`
  .tag {
    display: inline-block;
    padding: 0.0625rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 2px;
    background: #e8edee;
    color: ${text};
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.5;
    max-width: 100%;
  }
  .tag.blue {
    background: #e6f0f8;
    color: #003d78;
  }
  .tag.green {
    background: #e6f2eb;
    color: #005a2b;
  }
  .tag.red {
    background: #fbe9e8;
    color: #8a1a12;
  }
  .tag.yellow {
    background: #fff4d6;
    color: #594000;
  }
  .tag-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .card {
    background: #fff;
    border: 1px solid ${border};
    padding: 1.25rem 1.5rem;
    margin-bottom: 1.5rem;
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  @media (max-width: 40rem) {
    .card,
    .panel {
      padding: 1rem;
    }
  }
  .panel {
    background: ${paleGrey};
    padding: 1.25rem 1.5rem;
    margin-bottom: 1.5rem;
  }
  .inset {
    border-left: 8px solid ${blue};
    background: #fff;
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
  }
  .inset > :last-child,
  .panel > :last-child,
  .banner > :last-child {
    margin-bottom: 0;
  }
  .warning-callout {
    border: 1px solid ${warning};
    border-top: 8px solid ${warning};
    background: #fff9e6;
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
  }
  .warning-callout > :last-child {
    margin-bottom: 0;
  }
  .banner {
    border: 4px solid ${blue};
    background: #fff;
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
  }
  .banner.success {
    border-color: ${success};
  }
  .banner.error {
    border-color: ${error};
  }
  .banner h2,
  .banner h3 {
    font-size: 1.1875rem;
    margin-bottom: 0.5rem;
  }
  .banner:focus {
    outline: 4px solid ${focus};
    outline-offset: 0;
  }
  .summary-list {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0;
    margin: 0 0 1.5rem;
  }
  .summary-list dt,
  .summary-list dd {
    margin: 0;
    padding: 0.5rem 1rem 0.5rem 0;
    border-bottom: 1px solid ${border};
  }
  .summary-list dt {
    font-weight: 600;
  }
  @media (max-width: 30rem) {
    .summary-list {
      grid-template-columns: 1fr;
    }
    .summary-list dt {
      border-bottom: 0;
      padding-bottom: 0;
    }
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
    color: ${secondaryText};
    font-size: 0.9375rem;
  }
  .loading {
    color: ${secondaryText};
  }
  mark {
    background: ${flagHighlight};
    color: ${text};
    border-bottom: 2px solid #b38600;
    padding: 0 0.0625rem;
  }
  mark:focus {
    outline: 4px solid ${focus};
    box-shadow: 0 4px ${text};
  }
  /* Two columns side by side on wide screens; a page sets --layout-columns for other widths. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2rem;
  }
  @media (min-width: 62rem) {
    .layout {
      grid-template-columns: var(--layout-columns, minmax(0, 1fr) minmax(0, 1fr));
      align-items: start;
    }
  }
`
