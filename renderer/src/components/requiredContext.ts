import { createContext, useContext, type Context } from 'react';

/**
 * A context that must be provided, and its hook: outside a provider the hook throws `outside`,
 * so a component in the wrong place fails at once with a message that says where it belongs.
 */
export function requiredContext<T>(outside: string): [Context<T | null>, () => T] {
  const context = createContext<T | null>(null);
  const useRequired = (): T => {
    const value = useContext(context);
    if (!value) throw new Error(outside);
    return value;
  };
  return [context, useRequired];
}
