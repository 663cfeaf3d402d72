"use client";

import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Calls a server action; a request that never got an answer becomes a NETWORK failure like any other. */
export async function callAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, code: "NETWORK", error: "Tidak dapat menghubungi server. Periksa sambungan, lalu coba lagi." };
  }
}

/**
 * Runs one server action for a form: pending state, and the failure (message + per-field
 * messages) to show. `onOk` runs with the data when the action succeeds.
 */
export function useActionRunner() {
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onOk: (data: T) => void) {
    start(async () => {
      const r = await callAction(call);
      if (r.ok) {
        setFailure(null);
        onOk(r.data);
      } else setFailure(r);
    });
  }
  return { pending, failure, setFailure, run, fieldErrors: failure?.fieldErrors ?? {} };
}

/** A stale version (someone else changed the row): the only remedy is to reload. */
export const isStaleConflict = (f: Failure) => f.code === "CONFLICT" && Boolean(f.fieldErrors?.version);

/**
 * The form-level message of a failed action (role="alert"). Field messages that have no field on
 * this form are listed here so nothing is lost; a conflict offers "Muat ulang".
 */
export function FormAlert({
  failure,
  fields,
  onReload,
  children,
}: {
  failure: Failure | null;
  /** Field names that show their own messages. */
  fields: string[];
  onReload: () => void;
  children?: ReactNode;
}) {
  if (!failure) return null;
  const others = Object.entries(failure.fieldErrors ?? {})
    .filter(([k]) => !fields.includes(k) && k !== "saran")
    .flatMap(([, v]) => v);
  return (
    <div role="alert" className="form-alert">
      <p>{failure.error}</p>
      {others.length > 0 && (
        <ul>
          {others.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {(isStaleConflict(failure) || children) && (
        <div className="form-alert-actions">
          {isStaleConflict(failure) && (
            <button type="button" onClick={onReload}>
              Muat ulang
            </button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}

/** A labelled field with its messages, tied to the control by aria-describedby. */
export function Field({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${id}-err`} className="field-error">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}

export function DialogButtons({ pending, submitLabel, onCancel, danger }: { pending: boolean; submitLabel: string; onCancel: () => void; danger?: boolean }) {
  return (
    <div className="dialog-buttons">
      <button type="button" className="secondary" onClick={onCancel}>
        Batal
      </button>
      <button type="submit" disabled={pending} className={danger ? "danger" : undefined}>
        {pending ? "Memproses…" : submitLabel}
      </button>
    </div>
  );
}
