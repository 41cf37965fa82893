// The importable modules: torch (and torch.nn, torch.jit, ...), math, typing, collections.
import { autogradFunctions, gradModeContext, isGradEnabled, setGradEnabled } from './autograd';
import { setPrintOptions } from './print_options';
import { Tensor } from '../runtime/tensor';
import { DTypeValue, Device, TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { manualSeed } from '../runtime/random';
import { GeneratorObject } from './generator';
import { finfo, iinfo } from './finfo';
import type { Interpreter } from './interpreter';
import type { NativeFn, PyValue } from './objects';
import { PyBuiltin, PyClass, PyModule, PyTypingForm, SizeValue } from './objects';
import { objectClass, pyError } from './errors';
import { hasOp, invokeOp } from './dispatch';
import { nonzeroOf, pythonResult, uniqueConsecutiveOf, uniqueOf } from './tensor_attrs';
import type { IValue } from '../runtime/ivalue';
import { makeModuleClass } from './module';
import { makeMathModule } from './math_module';
import { makeInitModule } from './nn_init';
import { makeJitModule } from './jit';
import { loadAutogradLibrary, loadNnLibrary, loadNnUtilsLibrary, loadOptimLibrary } from './nn_loader';
import { OPTIM_LIBRARY } from '../nn/optim';
import { OrderedDictValue } from './ordered_dict';

const DTYPES: Record<string, DType> = {
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  float16: 'float16',
  half: 'float16',
  int64: 'int64',
  long: 'int64',
  int32: 'int32',
  int: 'int32',
  int16: 'int16',
  short: 'int16',
  int8: 'int8',
  uint8: 'uint8',
  bool: 'bool',
};

function module(name: string, fns: Record<string, NativeFn>, values: Record<string, PyValue> = {}, fallback?: (n: string) => PyValue | undefined): PyModule {
  const m = new PyModule(name, new Map(), fallback);
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, new PyBuiltin(k, f));
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

function nativeClass(name: string, moduleName: string, construct: (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue, instanceCheck: (v: PyValue) => boolean): PyClass {
  return new PyClass(name, [objectClass], null, null, { construct, instanceCheck }, moduleName);
}

function tensorsArg(a: PyValue[]): IValue {
  return (a.length === 1 && (Array.isArray(a[0]) || a[0] instanceof TupleValue) ? (a[0] instanceof TupleValue ? a[0].elements : a[0]) : a) as IValue;
}

/** An aten operator as a Python function (`torch.relu`), results shaped as Python sees them. */
export function opFunction(name: string): PyBuiltin {
  return new PyBuiltin(name, (args, kwargs) => pythonResult(invokeOp(`aten::${name}`, args, kwargs)));
}

export function makeModules(it: Interpreter): Map<string, PyModule> {
  const modules = new Map<string, PyModule>();
  const add = (m: PyModule) => (modules.set(m.name, m), m);

  const tensorClass = nativeClass('Tensor', 'torch', () => {
    throw pyError('NotImplementedError', 'torch.Tensor(...) is not supported; use torch.tensor(...)');
  }, (v) => v instanceof Tensor);
  const parameterClass = nativeClass(
    'Parameter',
    'torch.nn.parameter',
    (a, kw) => {
      const data = a[0] ?? kw.get('data') ?? (invokeOp('aten::empty', [[0n]]) as Tensor);
      if (!(data instanceof Tensor)) throw pyError('TypeError', `Parameter data must be a Tensor, not ${it.typeName(data)}`);
      const p = data.asStrided(data.shape, data.strides, data.storageOffset);
      p.isParameter = true;
      p.requiresGrad = it.truthy(a[1] ?? kw.get('requires_grad') ?? true);
      return p;
    },
    (v) => v instanceof Tensor && v.isParameter,
  );
  const sizeClass = nativeClass('Size', 'torch', (a) => new SizeValue(a.length ? ([...it.iterate(a[0]!)] as bigint[]) : []), (v) => v instanceof SizeValue);
  const deviceClass = nativeClass('device', 'torch', (a) => {
    const s = String(a[0] ?? 'cpu');
    const [type, index] = s.split(':');
    return new Device(type!, a[1] !== undefined ? Number(a[1]) : index !== undefined ? Number(index) : null);
  }, (v) => v instanceof Device);
  const dtypeClass = nativeClass('dtype', 'torch', () => {
    throw pyError('TypeError', "cannot create 'torch.dtype' instances");
  }, (v) => v instanceof DTypeValue);
  const generatorClass = nativeClass('Generator', 'torch._C', () => new GeneratorObject(), (v) => v instanceof GeneratorObject);
  const moduleClass = makeModuleClass(it);

  const torchValues: Record<string, PyValue> = { Tensor: tensorClass, Size: sizeClass, device: deviceClass, dtype: dtypeClass, Generator: generatorClass };
  for (const [k, d] of Object.entries(DTYPES)) torchValues[k] = new DTypeValue(d);
  const torch = add(
    module(
      'torch',
      {
        manual_seed: ([seed]) => {
          return new GeneratorObject(manualSeed(typeof seed === 'bigint' ? seed : BigInt(Math.trunc(Number(seed)))));
        },
        no_grad: () => gradModeContext(false),
        enable_grad: () => gradModeContext(true),
        set_grad_enabled: ([mode]) => setGradEnabled(mode === true),
        inference_mode: ([mode]) => gradModeContext(mode === false),
        is_grad_enabled: () => isGradEnabled(),
        set_printoptions: (a, kw) => setPrintOptions(a, kw),
        finfo: (a) => finfo(it, a),
        iinfo: (a) => iinfo(it, a),
        is_tensor: ([v]) => v instanceof Tensor,
        get_default_dtype: () => new DTypeValue('float32'),
        tensor: (a, kw) => invokeOp('aten::tensor', a, kw),
        unique: (a, kw) => uniqueOf(a, kw),
        unique_consecutive: (a, kw) => uniqueConsecutiveOf(a, kw),
        nonzero: (a, kw) => nonzeroOf(a, kw),
        // torch.einsum(eq, *operands) also takes the operands as one list.
        einsum: (a, kw) => invokeOp('aten::einsum', [a[0]!, (a.length === 2 && Array.isArray(a[1]) ? a[1] : a.slice(1)) as IValue], kw),
        broadcast_tensors: (a) => pythonResult(invokeOp('aten::broadcast_tensors', [a as IValue[]])),
        // Functions of several tensors take them as varargs or as one list.
        meshgrid: (a, kw) => pythonResult(invokeOp('aten::meshgrid', [tensorsArg(a)], kw)),
        cartesian_prod: (a) => invokeOp('aten::cartesian_prod', [tensorsArg(a)]),
        block_diag: (a) => invokeOp('aten::block_diag', [tensorsArg(a)]),
        as_tensor: (a, kw) => (a[0] instanceof Tensor ? a[0] : invokeOp('aten::tensor', a, kw)),
      },
      torchValues,
      (name) => (hasOp(`aten::${name}`) ? opFunction(name) : undefined),
    ),
  );

  // Functions of torch.nn.functional that are operators themselves (F.avg_pool1d, F.cosine_similarity).
  const functional = add(
    new PyModule('torch.nn.functional', new Map(), (n) => (ensureNn(), functional.dict.get(n) ?? (hasOp(`aten::${n}`) ? opFunction(n) : undefined))),
  );
  // torch.linalg.norm is aten::linalg_norm, torch.special.erf is aten::special_erf.
  for (const sub of ['linalg', 'special']) {
    torch.dict.set(sub, add(module(`torch.${sub}`, {}, {}, (n) => (hasOp(`aten::${sub}_${n}`) ? opFunction(`${sub}_${n}`) : undefined))));
  }
  const nn = add(new PyModule('torch.nn', new Map(), (n) => (ensureNn(), nn.dict.get(n))));
  const init = add(makeInitModule(it));
  nn.dict.set('Module', moduleClass);
  nn.dict.set('Parameter', parameterClass);
  nn.dict.set('functional', functional);
  nn.dict.set('init', init);
  let utilsLoaded = false;
  const utils = add(
    new PyModule('torch.nn.utils', new Map(), (n) => {
      if (!utilsLoaded) {
        utilsLoaded = true;
        loadNnUtilsLibrary(it, modules);
      }
      return utils.dict.get(n);
    }),
  );
  nn.dict.set('utils', utils);
  add(module('torch.nn.parameter', {}, { Parameter: parameterClass }));
  add(module('torch.nn.modules.module', {}, { Module: moduleClass }));
  const modulesPkg = add(new PyModule('torch.nn.modules', new Map(), (n) => (ensureNn(), nn.dict.get(n))));
  nn.dict.set('modules', modulesPkg);
  const jit = add(makeJitModule(it));
  torch.dict.set('nn', nn);
  torch.dict.set('jit', jit);
  const optim = add(new PyModule('torch.optim', new Map(), (n) => (ensureOptim(), optim.dict.get(n))));
  torch.dict.set('optim', optim);
  // Its files are importable before anything has loaded the library (`from torch.optim.lr_scheduler import StepLR`).
  for (const f of OPTIM_LIBRARY) add(new PyModule(f.moduleName, new Map(), (n) => (ensureOptim(), modules.get(f.moduleName)!.dict.get(n))));
  let autogradLoaded = false;
  const autograd = add(
    module('torch.autograd', autogradFunctions(it), {}, (n) => {
      if (!autogradLoaded) {
        autogradLoaded = true;
        loadAutogradLibrary(it, modules);
      }
      return autograd.dict.get(n);
    }),
  );
  torch.dict.set('autograd', autograd);
  let optimLoaded = false;
  function ensureOptim(): void {
    if (optimLoaded) return;
    optimLoaded = true;
    loadOptimLibrary(it, modules);
  }

  let nnLoaded = false;
  function ensureNn(): void {
    if (nnLoaded) return;
    nnLoaded = true;
    loadNnLibrary(it, modules);
  }

  const typingNames = ['List', 'Dict', 'Optional', 'Tuple', 'Final', 'Union', 'NamedTuple', 'Any', 'Callable', 'Sequence', 'Iterable', 'Iterator', 'Type'];
  const typing = add(new PyModule('typing'));
  for (const n of typingNames) typing.dict.set(n, new PyTypingForm(n));
  typing.dict.set('TYPE_CHECKING', false);
  typing.dict.set('cast', new PyBuiltin('cast', ([, v]) => v!));
  add(new PyModule('typing_extensions', typing.dict));
  add(makeMathModule());
  add(
    module('collections', {
      OrderedDict: (a) => {
        const d = new OrderedDictValue();
        if (a[0] !== undefined) for (const [k, v] of (it.call(it.builtins.get('dict')!, [a[0]]) as OrderedDictValue).map) d.map.set(k, v);
        return d;
      },
    }),
  );
  return modules;
}
