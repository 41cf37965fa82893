// Test fixtures: a stand-in for the eager interpreter's frames and modules, driving the tracer hooks.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { TraceFrame, TraceHost, TraceModule } from './host';
import { isTracing, traceModule, traceOp } from './tracer';
import { callOp } from '../ops';

/** A Python frame whose line and locals the test moves by hand. */
export class FakeFrame implements TraceFrame {
  line = 1;
  readonly locals = new Map<string, unknown>();
  constructor(readonly fileName: string) {}
  at(line: number): this {
    this.line = line;
    return this;
  }
  set(name: string, v: unknown): void {
    this.locals.set(name, v);
  }
}

export class FakeHost implements TraceHost {
  readonly frames: FakeFrame[] = [];
  /** Runs `body` in a new frame, as a Python call would. */
  inFrame<T>(fileName: string, body: (f: FakeFrame) => T): T {
    const f = new FakeFrame(fileName);
    this.frames.push(f);
    try {
      return body(f);
    } finally {
      this.frames.pop();
    }
  }
}

/** An operator call as eager code makes it: recorded while tracing, plain otherwise. */
export function op(name: string, args: IValue[], kwargs: Record<string, IValue> = {}): IValue {
  const kw = new Map(Object.entries(kwargs));
  return isTracing() ? traceOp(name, args, kw) : callOp(name, args, kw);
}

export function t(v: IValue): Tensor {
  if (!(v instanceof Tensor)) throw new Error('expected a tensor');
  return v;
}

/** A module instance with a forward written in TypeScript. */
export class FakeModule implements TraceModule {
  readonly params: [string, Tensor][] = [];
  readonly subs: [string, FakeModule][] = [];
  constructor(
    readonly pythonName: string,
    readonly forward: (self: FakeModule, args: IValue[]) => IValue,
  ) {}
  children(): readonly (readonly [string, TraceModule])[] {
    return this.subs;
  }
  tensors(): readonly (readonly [string, Tensor])[] {
    return this.params;
  }
  is(other: TraceModule): boolean {
    return other === this;
  }
  /** `module(*args)`: goes through the tracer's module hook like nn.Module.__call__. */
  call(args: IValue[]): IValue {
    return traceModule(this, args, () => this.forward(this, args));
  }
  param(name: string, v: Tensor, requiresGrad = true): this {
    v.requiresGrad = requiresGrad;
    this.params.push([name, v]);
    return this;
  }
  child(name: string, m: FakeModule): this {
    this.subs.push([name, m]);
    return this;
  }
  sub(name: string): FakeModule {
    return this.subs.find(([n]) => n === name)![1];
  }
}

/** torch.nn.Linear with the library frame PyTorch shows in traces. */
export function linear(host: FakeHost, weight: Tensor, bias: Tensor): FakeModule {
  return new FakeModule('torch.nn.modules.linear.Linear', (self, [input]) =>
    host.inFrame('linear.py', (f) => {
      f.at(114).set('input', input);
      return op('aten::linear', [input!, self.params[0]![1], self.params[1]![1]]);
    }),
  )
    .param('weight', weight)
    .param('bias', bias);
}

/** A tensor from a conformance case's encoding. */
export function decodeTensor(v: unknown): Tensor {
  const enc = (v as { tensor: { dtype: string; shape: number[]; data: number[] } }).tensor;
  return Tensor.fromValues(enc.dtype as 'float32', enc.shape, enc.data);
}
