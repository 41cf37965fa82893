/**
 * The entry's example inputs, found as the playground promises: an expression the user
 * typed, else a module-level `example_inputs`, else nothing (the entry is compiled but
 * not run). A tuple means several arguments; anything else is the single argument.
 */
import { TupleValue, type IValue } from '../runtime/ivalue';
import { parse } from '../lang/parser';
import type { LoadedProgram } from './program';

export type InputsResult = { readonly inputs: IValue[] | null; readonly error?: string };

function asArguments(v: unknown): IValue[] {
  return v instanceof TupleValue ? [...v.elements] : [v as IValue];
}

/** Evaluates `expression` in the program's globals (so `torch.rand(3, 4)` and the program's names work). */
function evaluate(program: LoadedProgram, expression: string): InputsResult {
  const name = '__jitscope_example_inputs__';
  const { module, diagnostics } = parse(`${name} = (${expression})\n`, '<inputs>');
  if (diagnostics.length > 0) return { inputs: null, error: `example inputs: ${diagnostics[0]!.message}` };
  const globals = program.run.globals;
  try {
    program.interpreter.execModule(module, globals, '__main__');
  } catch (e) {
    return { inputs: null, error: `example inputs: ${e instanceof Error ? e.message : String(e)}` };
  }
  const value = globals.get(name);
  globals.delete(name);
  return { inputs: asArguments(value) };
}

export function findInputs(program: LoadedProgram, expression: string | undefined): InputsResult {
  if (expression !== undefined && expression.trim() !== '') return evaluate(program, expression);
  const declared = program.run.globals.get('example_inputs');
  return declared === undefined ? { inputs: null } : { inputs: asArguments(declared) };
}
