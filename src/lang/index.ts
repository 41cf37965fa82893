/** The front end's public API: later stages import from here. */
export { parse, type ParseResult } from './parser';
export type * from './ast';
export { allArgs } from './ast';
export { dumpAst, formatRange } from './dump';
export { walk, forEachChild } from './walk';
export { langMessages, type LangMessageCode } from './messages';
export { LineMap } from './line-map';
export * from './source';
