import { useState } from 'react';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

/**
 * A dialog's values as its inputs hold them and the problems found on submit: `field(name)` binds
 * a text input (value, change, translated error), `validate(found)` shows the problems and tells
 * whether there were none.
 */
export function useFormFields<V extends object, E extends string>({
  initial,
  describeError,
}: {
  initial: () => V;
  describeError: (error: E) => string;
}) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, E>>>({});
  const patch = (changes: Partial<V>) => setValues((current) => ({ ...current, ...changes }));
  const errorOf = (name: keyof V) => {
    const error = errors[name];
    return error === undefined ? undefined : describeError(error);
  };
  const field = (name: StringKeys<V>) => ({
    value: values[name] as string,
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
    error: errorOf(name),
    autoComplete: 'off',
  });
  const validate = (found: Partial<Record<keyof V, E>>) => {
    setErrors(found);
    return Object.keys(found).length === 0;
  };
  return { values, patch, errors, errorOf, field, validate };
}
