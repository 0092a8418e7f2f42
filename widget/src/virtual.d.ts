/** Written by the build (`vite.config.ts`, `heardForm`): the form chunk's file and SHA-384. */
declare module 'virtual:heard-form' {
  const form: { file: string; integrity: string }
  export default form
}
