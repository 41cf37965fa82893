/**
 * The IR's public face: TorchScript's SSA graph (Graph, Block, Node, Value), its
 * types, schemas, printer, parser and verifier. See the files for details.
 */
export { Graph } from './graph';
export { Block } from './block';
export { Node } from './node';
export type { NodeSource } from './node';
export { Value } from './value';
export type { Use } from './value';
export type { Attribute, IValue, TensorConstant } from './attributes';
export { attributeStr, ivalueStr } from './attributes';
export { printGraph, printNode, printNodeHeader } from './printer';
export { parseIR } from './parser';
export { createConstant, insertConstant, constantValue, ivalueType } from './constants';
export { verifyGraph, assertValidGraph } from './verifier';
export type { VerifyProblem } from './verifier';
export * from './types';
export { unifyTypes, unshapedType } from './unify';
export { parseSchema, FunctionSchema, Argument } from './schema';
export type { DefaultValue } from './schema';
export type { AliasInfo, AnnotatedType } from './type_parser';
export { parseType } from './type_parser';
export { formatDouble, quoteString } from './format';
