import { css } from 'lit'
import { blue, border, darkBlue, error, focus, paleGrey, success, successDark, text } from './tokens.ts'

/** NHS-style buttons: a solid bottom edge, yellow focus with a dark underline, never colour alone. */
export const buttons = css`
  .button {
    display: inline-block;
    position: relative;
    margin: 0 0 0.25rem;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: 4px;
    box-shadow: 0 4px 0 ${successDark};
    background: ${success};
    color: #fff;
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    -webkit-appearance: none;
  }
  .button:visited {
    color: #fff;
  }
  .button:hover {
    background: #00662f;
    color: #fff;
  }
  .button:active {
    top: 4px;
    box-shadow: none;
  }
  .button.secondary {
    background: #fff;
    color: ${blue};
    border-color: ${blue};
    box-shadow: 0 4px 0 ${blue};
  }
  .button.secondary:hover {
    background: ${paleGrey};
  }
  .button.warning {
    background: ${error};
    box-shadow: 0 4px 0 #6b140e;
  }
  .button.warning:hover {
    background: #aa2016;
  }
  .button.reverse {
    background: #fff;
    color: ${text};
    box-shadow: 0 4px 0 ${darkBlue};
  }
  .button.small {
    padding: 0.25rem 0.75rem;
    font-size: 0.9375rem;
  }
  .button:focus-visible,
  .button.secondary:focus-visible,
  .button.warning:focus-visible {
    outline: 4px solid transparent;
    background: ${focus};
    color: ${text};
    border-color: ${focus};
    box-shadow: 0 4px 0 ${text};
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
    pointer-events: none;
  }
  /* Looks like a link, behaves like a button: for secondary actions inside lists. */
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: ${blue};
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 3px;
  }
  .link-button:focus-visible {
    outline: 4px solid transparent;
    color: ${text};
    background: ${focus};
    box-shadow:
      0 -2px ${focus},
      0 4px ${text};
    text-decoration: none;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 1.5rem;
    margin-bottom: 1rem;
  }
  .button-group .button {
    margin-bottom: 0;
  }
  .divider {
    border: 0;
    border-top: 1px solid ${border};
  }
`
