"use client";

import { useLatest } from "./use-latest";
import { useId, useLayoutEffect, useRef, type ReactNode } from "react";

const FOCUSABLE_FIELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";
const FOCUSABLE_ANY = `${FOCUSABLE_FIELD}, button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])`;

export interface DialogProps {
  /** The dialog's accessible name (shown as its heading). */
  title: string;
  /** A line under the title (e.g. the unit the action applies to). */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, Escape closes, the first
 * field takes focus, and focus returns where it was when the dialog goes away. Mount it to open it.
 */
export function Dialog({ title, subtitle, onClose, children, width = 560 }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useLatest(onClose);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.open) el.showModal();
    const first = el.querySelector<HTMLElement>(FOCUSABLE_FIELD) ?? el.querySelector<HTMLElement>(FOCUSABLE_ANY);
    first?.focus();
    const cancel = (e: Event) => {
      // Escape: let React decide (the parent unmounts the dialog).
      e.preventDefault();
      onCloseRef.current();
    };
    el.addEventListener("cancel", cancel);
    return () => {
      el.removeEventListener("cancel", cancel);
      if (el.open) el.close();
      if (before && before.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} style={{ width: `min(${width}px, calc(100vw - 2rem))` }}>
      <div className="dialog-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle && <p className="muted dialog-subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="icon-button" aria-label="Tutup dialog" onClick={() => onCloseRef.current()}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
