import { css } from 'lit'
import { border } from './tokens.ts'

/**
 * The portal's data tables (members, keys, invoices, subscribers): full width, ruled rows. A
 * `stacked` table (tableOf's option) lays each row out as a block on a phone, each cell on its own
 * line after its column's name, so that nothing scrolls sideways.
 */
export const dataTable = css`
  table {
    width: 100%;
    border-collapse: collapse;
    background: #fff;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.625rem 0.75rem 0.625rem 0;
    border-bottom: 1px solid ${border};
  }
  @media (max-width: 40rem) {
    .stacked thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .stacked table,
    .stacked tbody,
    .stacked tr,
    .stacked th,
    .stacked td {
      display: block;
    }
    .stacked tr {
      padding: 0.625rem 0;
      border-bottom: 1px solid ${border};
    }
    .stacked th,
    .stacked td {
      padding: 0.125rem 0;
      border-bottom: none;
      overflow-wrap: anywhere;
    }
    /* The column's name, then the value (text, a checkbox) beside it or, if too long, below it. */
    .stacked td[data-label] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 0.375rem;
    }
    .stacked td[data-label]::before {
      content: attr(data-label) ':';
      font-weight: 600;
    }
  }
`
