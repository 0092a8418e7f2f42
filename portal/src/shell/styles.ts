import { css } from 'lit'
import {
  blue,
  border,
  darkBlue,
  focus,
  fontStack,
  hover,
  paleGrey,
  secondaryText,
  success,
  text,
} from '../shared/styles/tokens.ts'

/**
 * The shell's styles. `<heard-portal-app>` renders into the document (see there), so these are
 * adopted by the document and scoped by the element's name.
 */
export const shellStyles = css`
  heard-portal-app {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    background: ${paleGrey};
    color: ${text};
    font-family: ${fontStack};
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  heard-portal-app *,
  heard-portal-app *::before,
  heard-portal-app *::after {
    box-sizing: border-box;
  }
  heard-portal-app a {
    color: ${blue};
    text-underline-offset: 0.15em;
  }
  heard-portal-app a:hover {
    color: ${hover};
    text-decoration-thickness: 3px;
  }
  heard-portal-app a:focus-visible,
  heard-portal-app .sign-out:focus-visible {
    outline: 4px solid transparent;
    color: ${text};
    background: ${focus};
    box-shadow:
      0 -2px ${focus},
      0 4px ${text};
    text-decoration: none;
  }
  heard-portal-app .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  heard-portal-app .skip-link {
    position: absolute;
    left: 0.5rem;
    top: -10rem;
    z-index: 10;
    padding: 0.5rem 1rem;
    font-weight: 600;
  }
  heard-portal-app .skip-link:focus {
    top: 0.5rem;
  }
  heard-portal-app .width {
    width: 100%;
    max-width: 75rem;
    margin: 0 auto;
    padding-left: 1.5rem;
    padding-right: 1.5rem;
  }
  heard-portal-app header {
    background: ${blue};
    color: #fff;
  }
  heard-portal-app .header-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-top: 0.75rem;
    padding-bottom: 0.75rem;
  }
  heard-portal-app .logo,
  heard-portal-app .logo:visited,
  heard-portal-app .logo:hover {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5rem;
    color: #fff;
    font-size: 1.5rem;
    font-weight: 700;
    text-decoration: none;
  }
  heard-portal-app .logo:hover .name {
    text-decoration: underline;
  }
  heard-portal-app .logo .area {
    font-size: 1.0625rem;
    font-weight: 400;
  }
  heard-portal-app .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  heard-portal-app .account .name {
    font-weight: 600;
  }
  heard-portal-app .sign-out {
    padding: 0;
    border: 0;
    background: none;
    color: #fff;
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  heard-portal-app .sign-out:hover {
    text-decoration-thickness: 3px;
  }
  heard-portal-app nav {
    background: #fff;
    border-bottom: 1px solid ${border};
  }
  heard-portal-app nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  heard-portal-app nav a,
  heard-portal-app nav a:visited,
  heard-portal-app nav a:hover {
    display: inline-block;
    padding: 0.75rem 0 0.5rem;
    border-bottom: 4px solid transparent;
    color: ${darkBlue};
    font-weight: 600;
    text-decoration: none;
  }
  heard-portal-app nav a:hover {
    border-bottom-color: #aeb7bd;
  }
  heard-portal-app nav a[aria-current='page'] {
    border-bottom-color: ${blue};
  }
  heard-portal-app nav a:focus-visible {
    border-bottom-color: ${text};
    box-shadow: none;
  }
  heard-portal-app main {
    flex: 1;
    padding-top: 2rem;
    padding-bottom: 3rem;
  }
  heard-portal-app main:focus {
    outline: none;
  }
  heard-portal-app .notice {
    margin-bottom: 1.5rem;
    padding: 0.75rem 1.25rem;
    border: 4px solid ${success};
    background: #fff;
  }
  heard-portal-app .notice p {
    margin: 0;
  }
  heard-portal-app .loading {
    color: ${secondaryText};
  }
  heard-portal-app footer {
    background: #fff;
    border-top: 4px solid ${blue};
    padding: 1.5rem 0;
    font-size: 0.9375rem;
  }
  heard-portal-app footer ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  heard-portal-app footer p {
    margin: 0;
    color: ${secondaryText};
  }
  @media (max-width: 40rem) {
    heard-portal-app .width {
      padding-left: 1rem;
      padding-right: 1rem;
    }
  }
`
