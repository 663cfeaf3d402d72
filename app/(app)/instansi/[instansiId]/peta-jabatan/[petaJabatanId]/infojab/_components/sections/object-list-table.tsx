"use client";

import { useId, type ReactNode } from "react";
import { useFieldArray, useFormContext, type FieldPath } from "react-hook-form";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { FieldMessages } from "./field-messages";
import { RowButtons } from "./row-buttons";
import { useFieldErrors } from "./use-field-errors";

/** The infojab lists whose rows are objects (useFieldArray needs objects; string lists use StringListField). */
export type ObjectListName = "hasilKerja" | "bahanKerja" | "perangkatKerja" | "korelasiJabatan" | "kondisiLingkungan" | "risikoBahaya";

export interface ListColumn {
  key: string;
  label: string;
  /** A textarea rather than a one-line input, for the longer descriptions. */
  multiline?: boolean;
}

type Row = Record<string, string>;

/**
 * One table of rows edited in place: an input per column, move up/down and remove per row, a
 * "Tambah …" button below. Read-only (`disabled`) hides the buttons and keeps the values readable.
 */
export function ObjectListTable({
  name,
  title,
  columns,
  addLabel,
  disabled,
  extraButtons,
}: {
  name: ObjectListName;
  title: string;
  columns: ListColumn[];
  addLabel: string;
  disabled: boolean;
  /** More buttons beside "Tambah", given the list's append. */
  extraButtons?: (append: (rows: Row[]) => void) => ReactNode;
}) {
  const id = useId();
  const { control, register } = useFormContext<InfojabIsiInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const listErrors = useFieldErrors(name);
  const emptyRow = Object.fromEntries(columns.map((c) => [c.key, ""])) as Row;
  // The union of six row types cannot be narrowed from `name`; every row here is a string record.
  const appendRows = (rows: Row[]) => append(rows as never);

  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {fields.length === 0 ? (
        <p className="muted">Belum ada baris.</p>
      ) : (
        <table className="data list-table">
          <thead>
            <tr>
              <th className="col-no">No</th>
              {columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
              {!disabled && (
                <th className="col-aksi">
                  <span className="visually-hidden">Aksi</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {fields.map((f, i) => (
              <tr key={f.id}>
                <td className="col-no">{i + 1}</td>
                {columns.map((c) => {
                  const path = `${name}.${i}.${c.key}`;
                  const errId = `${id}-${i}-${c.key}-err`;
                  const common = {
                    ...register(path as FieldPath<InfojabIsiInput>),
                    "aria-label": `${c.label} baris ${i + 1}`,
                    "aria-describedby": errId,
                    readOnly: disabled,
                  };
                  return (
                    <td key={c.key}>
                      {c.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
                      <FieldMessages id={errId} name={path} />
                    </td>
                  );
                })}
                {!disabled && (
                  <td className="col-aksi">
                    <RowButtons index={i} count={fields.length} onMove={move} onRemove={remove} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listErrors && <p className="field-error">{listErrors.join(" ")}</p>}
      {!disabled && (
        <div className="list-buttons">
          <button type="button" className="secondary" onClick={() => appendRows([emptyRow])}>
            {addLabel}
          </button>
          {extraButtons?.(appendRows)}
        </div>
      )}
    </section>
  );
}
