// collections.OrderedDict (what state_dict() returns): a dict that prints as `OrderedDict([...])`.
import { DictValue, TupleValue } from '../runtime/ivalue';

export class OrderedDictValue extends DictValue {}

/** A NamedTuple instance: a tuple that knows its class name for printing (`Point(x=1, y=2)`). */
export class NamedTupleValue extends TupleValue {
  constructor(
    readonly className: string,
    elements: TupleValue['elements'],
    names: readonly string[],
  ) {
    super(elements, names);
  }
}
