import { css } from 'lit'
import { border } from './tokens.ts'

/** The portal's data tables (members, keys, invoices, subscribers): full width, ruled rows. */
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
`
