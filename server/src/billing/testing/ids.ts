let counter = 0
/** `cus_…`, `sub_…`: unique within the run, readable in test output. */
export const newId = (prefix: string) => `${prefix}_fake${(++counter).toString().padStart(6, '0')}`
