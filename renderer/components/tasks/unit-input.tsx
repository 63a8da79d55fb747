// A unit list typed as offices write it ("社会救助处、财务处") with suggestions from the unit list for the
// name being typed; a click completes that name and leaves the field ready for the next one.
import { useMemo, useState } from 'react';

interface Props {
  label: string;
  name: string;
  value: string;
  units: readonly string[];
  onChange(value: string): void;
}

const SEP = /[、，,；;\s]+/;

export function UnitInput({ label, name, value, units, onChange }: Props) {
  const [focused, setFocused] = useState(false);
  const last = value.split(SEP).pop() ?? '';
  const typed = new Set(value.split(SEP).filter(Boolean));
  const suggestions = useMemo(
    () => (last ? units.filter((u) => u.includes(last) && u !== last) : units.filter((u) => !typed.has(u))).slice(0, 8),
    [last, units, value],
  );
  const pick = (unit: string) => {
    const head = value.slice(0, value.length - last.length);
    onChange(`${head}${unit}、`);
  };
  return (
    <div className="field unit-input">
      <label htmlFor={`unit-${name}`}>{label}</label>
      <input
        id={`unit-${name}`}
        name={name}
        value={value}
        autoComplete="off"
        placeholder="多个单位用顿号分隔"
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setTimeout(() => setFocused(false), 150)}
      />
      {focused && suggestions.length ? (
        <ul className="unit-suggestions" role="listbox" data-testid={`suggest-${name}`}>
          {suggestions.map((u) => (
            <li key={u}>
              <button type="button" className="mini" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(u)}>
                {u}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
