export { DEFAULT_RNG_SEED, Generator, SeedOverflowError, defaultGenerator, initialSeed, manualSeed, resetDefaultGenerator } from './generator';
export type { GeneratorState } from './generator';
export type { MT19937State } from './mt19937';
export { normalFill, normalScalar, numelOf, rand, randn, uniformDouble, uniformFill, uniformFloat } from './distributions';
export type { FloatDType } from './distributions';
export { randint, randomFromTo, randperm } from './integers';
export type { RandintDType } from './integers';
export {
  calculateFanInAndFanOut,
  calculateGain,
  embeddingInit,
  kaimingUniform,
  kaimingUniformBound,
  linearLikeInit,
  normal,
  rnnInit,
  uniform,
} from './init';
export type { KaimingOptions, WeightAndBias } from './init';
