"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface ComboboxProps<T> {
  label: string;
  /** Options for the typed text; remote loaders are debounced. */
  load: (q: string) => Promise<T[]> | T[];
  getKey: (item: T) => string | number;
  getLabel: (item: T) => string;
  renderOption?: (item: T) => ReactNode;
  value: T | null;
  onChange: (item: T | null) => void;
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
  debounceMs?: number;
  disabled?: boolean;
}

/**
 * Search-as-you-type picker (WAI-ARIA combobox with a listbox popup): type to search, arrows to
 * move, Enter to choose, Escape to close the list. Typing after a choice clears it until the next.
 */
export function Combobox<T>({
  label,
  load,
  getKey,
  getLabel,
  renderOption,
  value,
  onChange,
  placeholder,
  hint,
  errors,
  debounceMs = 0,
  disabled,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(value ? getLabel(value) : "");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // Keep the text in step when the value is set from outside (e.g. reset to a default).
  const valueKey = value ? getKey(value) : null;
  const lastKey = useRef(valueKey);
  useEffect(() => {
    if (valueKey !== lastKey.current) {
      lastKey.current = valueKey;
      if (value) setText(getLabel(value));
    }
  }, [valueKey, value, getLabel]);

  function search(q: string) {
    clearTimeout(timer.current);
    const mine = ++seq.current;
    const run = async () => {
      setLoading(true);
      try {
        const result = await loadRef.current(q);
        if (mine !== seq.current) return;
        setItems(result);
        setActive(result.length ? 0 : -1);
        setLoadError(null);
      } catch (e) {
        if (mine !== seq.current) return;
        setItems([]);
        setLoadError(e instanceof Error ? e.message : "Gagal memuat pilihan.");
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    };
    if (debounceMs > 0) timer.current = setTimeout(run, debounceMs);
    else void run();
  }

  function choose(item: T) {
    lastKey.current = getKey(item);
    onChange(item);
    setText(getLabel(item));
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        search(text);
      } else setActive((a) => Math.min(items.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter") {
      if (open && active >= 0 && items[active]) {
        e.preventDefault();
        choose(items[active]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        // Close the list, not the dialog around it.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  }

  const activeId = open && active >= 0 ? `${id}-opt-${active}` : undefined;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox-anchor">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          placeholder={placeholder}
          disabled={disabled}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (value) {
              lastKey.current = null;
              onChange(null);
            }
            setOpen(true);
            search(e.target.value);
          }}
          onFocus={() => {
            if (!value) {
              setOpen(true);
              search(text);
            }
          }}
          onClick={() => {
            if (!open) {
              setOpen(true);
              search(value ? "" : text);
            }
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={`Pilihan ${label.toLocaleLowerCase("id")}`} className="combobox-list">
            {items.map((item, i) => (
              <li
                key={getKey(item)}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                // Keep focus in the input so the blur does not close the list before the click.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(item)}
                onMouseEnter={() => setActive(i)}
              >
                {renderOption ? renderOption(item) : getLabel(item)}
              </li>
            ))}
            {!items.length && (
              <li role="presentation" className="muted combobox-empty">
                {loading ? "Mencari…" : (loadError ?? "Tidak ada yang cocok.")}
              </li>
            )}
          </ul>
        )}
      </div>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <span id={id} className="field-error">
      {errors.join(" ")}
    </span>
  );
}
