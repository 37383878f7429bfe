import type { ComponentProps, ReactNode } from 'react';

type SelectProps = Omit<ComponentProps<'select'>, 'value' | 'onChange' | 'children'>;

interface SelectFieldProps<T extends string> extends SelectProps {
  /** The label's text; the `<select>` follows it inside the `<label>`, which gives its accessible name. */
  readonly label: ReactNode;
  readonly value: T;
  readonly options: readonly T[];
  /** The text shown for an option; its value is the option itself. */
  readonly describe: (option: T) => ReactNode;
  readonly onChange: (value: T) => void;
  /** Options the user may not pick (e.g. beyond a state law's bound); shown disabled. */
  readonly isOptionDisabled?: (option: T) => boolean;
}

/** `<label>Text<select>…</select></label>`, one `<option value={o}>` per option. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  describe,
  onChange,
  isOptionDisabled,
  ...rest
}: SelectFieldProps<T>) {
  // The cast is sound: the options are the only values the select can take.
  return (
    <label>
      {label}
      <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o} disabled={isOptionDisabled?.(o) === true && o !== value}>
            {describe(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'checked' | 'onChange' | 'children'>;

interface CheckboxFieldProps extends CheckboxProps {
  /** The text after the box, inside the `<label>`, which gives its accessible name. */
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** `<label className="check"><input type="checkbox" /> Text</label>`. */
export function CheckboxField({ label, checked, onChange, ...rest }: CheckboxFieldProps) {
  return (
    <label className="check">
      <input {...rest} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
