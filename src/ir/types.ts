/**
 * TorchScript's type system, after ATen's jit_type.h. `str()` is the form the
 * graph printer uses (`int[]`, `Tensor?`, `Float(3, 4, strides=[4, 1], ...)`),
 * `annotationStr()` the form `.code` uses (`List[int]`, `Optional[Tensor]`).
 */

export type TypeKind =
  | 'Any' | 'Tensor' | 'Storage' | 'Tuple' | 'List' | 'Dict' | 'Number' | 'float' | 'complex'
  | 'Future' | 'RRef' | 'int' | 'NoneType' | 'str' | 'Generator' | 'bool' | 'Optional' | 'Var'
  | 'Device' | 'Stream' | 'Function' | 'Class' | 'Capsule' | 'ScalarType' | 'Layout'
  | 'MemoryFormat' | 'SymInt' | 'Union';

// Note [Union order]: PyTorch sorts union members by TypeKind declaration order.
const kindOrder: readonly TypeKind[] = [
  'Any', 'Tensor', 'Storage', 'Tuple', 'List', 'Dict', 'Number', 'float', 'complex', 'Future',
  'RRef', 'int', 'NoneType', 'str', 'Generator', 'bool', 'Optional', 'Var', 'Device', 'Stream',
  'Function', 'Class', 'Capsule', 'ScalarType', 'Layout', 'MemoryFormat', 'SymInt', 'Union',
];

export abstract class Type {
  abstract readonly kind: TypeKind;
  /** The graph form, as PyTorch's `operator<<(ostream, Type)`. */
  abstract str(): string;
  /** The Python annotation form used by `.code`. */
  annotationStr(): string {
    return this.str();
  }
  containedTypes(): readonly Type[] {
    return [];
  }
  equals(other: Type): boolean {
    return this === other || (this.kind === other.kind && this.str() === other.str());
  }
  isSubtypeOf(other: Type): boolean {
    return isSubtype(this, other);
  }
  toString(): string {
    return this.str();
  }
}

/** Types without parameters: one instance each. */
export class SimpleType extends Type {
  private static readonly instances = new Map<string, SimpleType>();
  private constructor(
    readonly kind: TypeKind,
    private readonly graphName: string,
    private readonly annotation: string,
  ) {
    super();
  }
  static of(kind: TypeKind, graphName: string = kind, annotation: string = graphName): SimpleType {
    let t = SimpleType.instances.get(kind);
    if (!t) {
      t = new SimpleType(kind, graphName, annotation);
      SimpleType.instances.set(kind, t);
    }
    return t;
  }
  str(): string {
    return this.graphName;
  }
  override annotationStr(): string {
    return this.annotation;
  }
}

export const AnyType = SimpleType.of('Any');
export const IntType = SimpleType.of('int');
export const FloatType = SimpleType.of('float');
export const ComplexType = SimpleType.of('complex');
export const BoolType = SimpleType.of('bool');
export const StringType = SimpleType.of('str');
export const NoneType = SimpleType.of('NoneType');
export const DeviceObjType = SimpleType.of('Device');
export const NumberType = SimpleType.of('Number', 'Scalar', 'number');
export const GeneratorType = SimpleType.of('Generator');
export const StorageType = SimpleType.of('Storage');
export const StreamObjType = SimpleType.of('Stream');
export const CapsuleType = SimpleType.of('Capsule');
// Note [Fake schema types]: ScalarType, Layout, MemoryFormat and SymInt appear in
// schemas but are ints at runtime; Argument.type maps them to IntType.
export const ScalarTypeType = SimpleType.of('ScalarType');
export const LayoutType = SimpleType.of('Layout');
export const MemoryFormatType = SimpleType.of('MemoryFormat');
export const SymIntType = SimpleType.of('SymInt');

export type Dim = number | null;

export interface TensorInfo {
  /** ATen scalar type name: `Float`, `Long`, `Bool`, `Double`, `Int`, ... */
  readonly scalarType?: string;
  /** Known rank when defined; `null` entries are unknown sizes (printed `*`). */
  readonly sizes?: readonly Dim[];
  readonly strides?: readonly Dim[];
  readonly requiresGrad?: boolean;
  readonly device?: string;
  readonly undefined?: boolean;
}

export class TensorType extends Type {
  readonly kind = 'Tensor' as const;
  private static readonly plain = new TensorType({});
  private constructor(readonly info: TensorInfo) {
    super();
  }
  /** The unspecialised `Tensor`. */
  static get(): TensorType {
    return TensorType.plain;
  }
  static create(info: TensorInfo): TensorType {
    const clean = Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined));
    return Object.keys(clean).length === 0 ? TensorType.plain : new TensorType(clean);
  }
  get scalarType(): string | undefined {
    return this.info.scalarType;
  }
  get sizes(): readonly Dim[] | undefined {
    return this.info.sizes;
  }
  get strides(): readonly Dim[] | undefined {
    return this.info.strides;
  }
  get requiresGrad(): boolean | undefined {
    return this.info.requiresGrad;
  }
  get device(): string | undefined {
    return this.info.device;
  }
  isPlain(): boolean {
    return this === TensorType.plain || Object.keys(this.info).length === 0;
  }
  /** Field-wise merge: fields that differ become unknown (TensorType::merge). */
  merge(other: TensorType): TensorType {
    const a = this.info;
    const b = other.info;
    const same = <T>(x: T, y: T): T | undefined => (JSON.stringify(x) === JSON.stringify(y) ? x : undefined);
    let sizes: Dim[] | undefined;
    if (a.sizes && b.sizes && a.sizes.length === b.sizes.length) {
      sizes = a.sizes.map((s, i) => (s === b.sizes![i] ? s : null));
    }
    return TensorType.create({
      scalarType: same(a.scalarType, b.scalarType),
      sizes,
      strides: same(a.strides, b.strides),
      requiresGrad: same(a.requiresGrad, b.requiresGrad),
      device: same(a.device, b.device),
    });
  }
  str(): string {
    const { scalarType, sizes, strides, requiresGrad, device } = this.info;
    let out = scalarType === undefined ? 'Tensor' : sizes === undefined ? `${scalarType}Tensor` : scalarType;
    const parts: string[] = [];
    if (sizes !== undefined) {
      parts.push(...sizes.map((s) => (s === null ? '*' : String(s))));
      if (sizes.length > 0 && strides && strides.length === sizes.length && strides.every((s) => s !== null)) {
        parts.push(`strides=[${strides.join(', ')}]`);
      }
    }
    if (requiresGrad !== undefined) parts.push(`requires_grad=${requiresGrad ? 1 : 0}`);
    if (device !== undefined) parts.push(`device=${device}`);
    if (sizes !== undefined || parts.length > 0) out += `(${parts.join(', ')})`;
    if (this.info.undefined) out += '[Undefined]';
    return out;
  }
  override annotationStr(): string {
    return 'Tensor';
  }
}

export class ListType extends Type {
  readonly kind = 'List' as const;
  constructor(readonly elementType: Type) {
    super();
  }
  static ofTensors(): ListType {
    return new ListType(TensorType.get());
  }
  override containedTypes(): readonly Type[] {
    return [this.elementType];
  }
  str(): string {
    return `${this.elementType.str()}[]`;
  }
  override annotationStr(): string {
    return `List[${this.elementType.annotationStr()}]`;
  }
}

export class DictType extends Type {
  readonly kind = 'Dict' as const;
  constructor(
    readonly keyType: Type,
    readonly valueType: Type,
  ) {
    super();
  }
  override containedTypes(): readonly Type[] {
    return [this.keyType, this.valueType];
  }
  str(): string {
    return `Dict(${this.keyType.str()}, ${this.valueType.str()})`;
  }
  override annotationStr(): string {
    return `Dict[${this.keyType.annotationStr()}, ${this.valueType.annotationStr()}]`;
  }
}

/** A tuple; with `names` and `qualifiedName` it is a NamedTuple. */
export class TupleType extends Type {
  readonly kind = 'Tuple' as const;
  constructor(
    readonly elements: readonly Type[],
    readonly names?: readonly string[],
    readonly qualifiedName?: string,
  ) {
    super();
  }
  override containedTypes(): readonly Type[] {
    return this.elements;
  }
  str(): string {
    const names = this.names;
    const items = this.elements.map((e, i) => (names ? `${names[i]} : ${e.str()}` : e.str()));
    return `${names ? 'NamedTuple' : ''}(${items.join(', ')})`;
  }
  override annotationStr(): string {
    if (this.qualifiedName) return this.qualifiedName;
    if (this.elements.length === 0) return 'Tuple[()]';
    return `Tuple[${this.elements.map((e) => e.annotationStr()).join(', ')}]`;
  }
}

export class OptionalType extends Type {
  readonly kind = 'Optional' as const;
  private constructor(readonly elementType: Type) {
    super();
  }
  /** `Optional[Optional[T]]` is `Optional[T]`, as in PyTorch's union canonicalisation. */
  static create(elementType: Type): OptionalType {
    return elementType instanceof OptionalType ? elementType : new OptionalType(elementType);
  }
  override containedTypes(): readonly Type[] {
    return [this.elementType];
  }
  str(): string {
    return `${this.elementType.str()}?`;
  }
  override annotationStr(): string {
    return `Optional[${this.elementType.annotationStr()}]`;
  }
}

export class UnionType extends Type {
  readonly kind = 'Union' as const;
  private constructor(readonly types: readonly Type[]) {
    super();
  }
  /** Flattens, dedupes and sorts (Note [Union order]); two members with None give an Optional. */
  static create(members: readonly Type[]): Type {
    const flat: Type[] = [];
    const add = (t: Type): void => {
      if (t instanceof UnionType) t.types.forEach(add);
      else if (t instanceof OptionalType) {
        add(t.elementType);
        add(NoneType);
      } else if (!flat.some((f) => f.equals(t))) flat.push(t);
    };
    members.forEach(add);
    const numbers = [IntType, FloatType, ComplexType];
    if (numbers.every((n) => flat.includes(n))) {
      flat.splice(0, flat.length, ...flat.filter((t) => !numbers.includes(t as SimpleType)), NumberType);
    }
    flat.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
    const others = flat.filter((t) => t !== NoneType);
    if (others.length === 1 && flat.length === 2) return OptionalType.create(others[0]!);
    if (flat.length === 1) return flat[0]!;
    return new UnionType(flat);
  }
  override containedTypes(): readonly Type[] {
    return this.types;
  }
  str(): string {
    return `Union(${this.types.map((t) => t.str()).join(', ')})`;
  }
  override annotationStr(): string {
    return `Union[${this.types.map((t) => t.annotationStr()).join(', ')}]`;
  }
}

/** `Future(T)` and `RRef(T)`. */
export class FutureType extends Type {
  constructor(
    readonly kind: 'Future' | 'RRef',
    readonly elementType: Type,
  ) {
    super();
  }
  override containedTypes(): readonly Type[] {
    return [this.elementType];
  }
  str(): string {
    return `${this.kind}[${this.elementType.str()}]`;
  }
}

/** A TorchScript class or module type, named by its qualified name (`__torch__.MyCell`). */
export class ClassType extends Type {
  readonly kind = 'Class' as const;
  constructor(
    readonly qualifiedName: string,
    readonly isModule = false,
  ) {
    super();
  }
  str(): string {
    return this.qualifiedName;
  }
}

/** A first-class function value (`prim::Constant[name="relu"]`). */
export class FunctionType extends Type {
  readonly kind = 'Function' as const;
  constructor(readonly qualifiedName = '') {
    super();
  }
  str(): string {
    return 'Function';
  }
  override annotationStr(): string {
    return this.qualifiedName || 'Function';
  }
  override equals(other: Type): boolean {
    return other instanceof FunctionType && other.qualifiedName === this.qualifiedName;
  }
}

/** A schema type variable such as `t` in `aten::append(t[](a!) self, t(c -> *) el)`. */
export class VarType extends Type {
  readonly kind = 'Var' as const;
  constructor(readonly name: string) {
    super();
  }
  str(): string {
    return this.name;
  }
}

function isSubtype(a: Type, b: Type): boolean {
  if (b.kind === 'Any' || a.equals(b)) return true;
  if (a instanceof UnionType) return a.types.every((t) => isSubtype(t, b));
  if (a instanceof OptionalType) return isSubtype(a.elementType, b) && isSubtype(NoneType, b);
  if (b instanceof OptionalType) return a === NoneType || isSubtype(a, b.elementType);
  if (b instanceof UnionType) return b.types.some((t) => isSubtype(a, t));
  if (b === NumberType) return a === IntType || a === FloatType || a === ComplexType;
  if (a instanceof TensorType && b instanceof TensorType) return a.merge(b).equals(b);
  if (a instanceof TupleType && b instanceof TupleType) {
    if (a.elements.length !== b.elements.length) return false;
    if (b.names && (!a.names || a.names.some((n, i) => n !== b.names![i]))) return false;
    return a.elements.every((t, i) => isSubtype(t, b.elements[i]!));
  }
  if (a instanceof FutureType && b instanceof FutureType && a.kind === b.kind) {
    return isSubtype(a.elementType, b.elementType);
  }
  return false;
}
