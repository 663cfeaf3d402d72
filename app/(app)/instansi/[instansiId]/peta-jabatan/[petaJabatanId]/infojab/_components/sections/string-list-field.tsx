"use client";

import { useId } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { FieldMessages } from "./field-messages";
import { RowButtons } from "./row-buttons";
import { useFieldErrors } from "./use-field-errors";

/** The infojab lists of plain strings. */
export type StringListName =
  | "tanggungJawab"
  | "wewenang"
  | "kualifikasi.pelatihan"
  | "kualifikasi.pengalaman"
  | "syaratJabatan.pengetahuan"
  | "syaratJabatan.keterampilan";

/**
 * A list of strings as numbered inputs. useFieldArray works on objects only, so the list is held
 * as the array itself: read with useWatch, every edit writes the whole array back with setValue.
 */
export function StringListField({
  name,
  title,
  itemLabel,
  addLabel,
  disabled,
  multiline = false,
  headingLevel = 2,
}: {
  name: StringListName;
  title: string;
  /** Label of one row, numbered: "Tanggung Jawab 2". */
  itemLabel: string;
  addLabel: string;
  disabled: boolean;
  multiline?: boolean;
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const { control, setValue } = useFormContext<InfojabIsiInput>();
  const { isSubmitted } = useFormState({ control });
  const items = (useWatch({ control, name }) ?? []) as string[];
  const listErrors = useFieldErrors(name);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  // Validate as the user types only once a save was tried, as the registered inputs do (mode onSubmit).
  const write = (next: string[]) => setValue(name, next, { shouldDirty: true, shouldTouch: true, shouldValidate: isSubmitted });
  const change = (i: number, v: string) => write(items.map((x, j) => (j === i ? v : x)));
  const remove = (i: number) => write(items.filter((_, j) => j !== i));
  const move = (from: number, to: number) => {
    const next = [...items];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row);
    write(next);
  };

  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>{title}</Heading>
      {items.length === 0 ? (
        <p className="muted">Belum ada baris.</p>
      ) : (
        <ol className="string-list">
          {items.map((value, i) => {
            const errId = `${id}-${i}-err`;
            const common = {
              value,
              onChange: (e: { target: { value: string } }) => change(i, e.target.value),
              "aria-label": `${itemLabel} ${i + 1}`,
              "aria-describedby": errId,
              readOnly: disabled,
            };
            return (
              // Rows have no identity of their own; an index key is right for a controlled list.
              <li key={i}>
                <div className="string-list-row">
                  {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
                  {!disabled && <RowButtons index={i} count={items.length} onMove={move} onRemove={remove} />}
                </div>
                <FieldMessages id={errId} name={`${name}.${i}`} />
              </li>
            );
          })}
        </ol>
      )}
      {listErrors && <p className="field-error">{listErrors.join(" ")}</p>}
      {!disabled && (
        <div className="list-buttons">
          <button type="button" className="secondary" onClick={() => write([...items, ""])}>
            {addLabel}
          </button>
        </div>
      )}
    </section>
  );
}
