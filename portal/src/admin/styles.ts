import { css } from 'lit'
import { dataTable } from '../shared/styles/tables.ts'

/** Tables and lists the platform admin pages share; wide tables scroll sideways on a phone. */
export const adminStyles = [
  dataTable,
  css`
    .table-wrap {
      overflow-x: auto;
      margin-bottom: 2rem;
    }
    th,
    td {
      /* Whole words: on a phone the table grows and its box scrolls, rather than breaking every word. */
      overflow-wrap: break-word;
    }
    .table-wrap:focus-visible {
      outline: 3px solid #ffeb3b;
    }
    td.number,
    th.number {
      text-align: right;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .row-actions .button {
      margin: 0;
    }
    .paging {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      margin-bottom: 2rem;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
    }
  `,
]
