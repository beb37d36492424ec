// The handler table is a mapped type over the contract: a missing call fails to compile.
import type { CallName, CallOutput, ParsedInput } from '../../shared/contract/calls';
import type { HandlerContext } from './context';

export type Handler<N extends CallName> = (
  input: ParsedInput<N>,
  ctx: HandlerContext,
) => CallOutput<N> | Promise<CallOutput<N>>;

export type Handlers = { [N in CallName]: Handler<N> };
export type HandlerGroup<K extends CallName> = { [N in K]: Handler<N> };
