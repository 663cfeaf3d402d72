"use client";

import { useCallback, useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { InfojabIsi, InfojabIsiInput } from "@/lib/validation/infojab";

export interface Draft {
  baseVersion: number;
  savedAt: string;
  isi: InfojabIsiInput;
}

/**
 * Unsaved work survives an expired session, a lost network or a reload: every change is kept in
 * localStorage under the placed jabatan, with the version it was typed against, and offered back.
 */
export function useInfojabDraft(form: UseFormReturn<InfojabIsiInput, unknown, InfojabIsi>, petaJabatanId: number, version: number) {
  const key = `siasn:infojab-draft:${petaJabatanId}`;
  const [offered, setOffered] = useState<Draft | null>(null);

  useEffect(() => {
    try {
      const raw = localStorage.getItem(key);
      if (raw) setOffered(JSON.parse(raw) as Draft);
    } catch {
      localStorage.removeItem(key);
    }
  }, [key]);

  useEffect(() => {
    const sub = form.watch((values) => {
      if (!form.formState.isDirty) return;
      const draft: Draft = { baseVersion: version, savedAt: new Date().toISOString(), isi: values as InfojabIsiInput };
      try {
        localStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the draft is a safety net, the form itself still works.
      }
    });
    return () => sub.unsubscribe();
  }, [form, key, version]);

  const clear = useCallback(() => {
    localStorage.removeItem(key);
    setOffered(null);
  }, [key]);
  const restore = useCallback(() => {
    if (offered) form.reset(offered.isi, { keepDefaultValues: true });
    setOffered(null);
  }, [form, offered]);

  return { offered, restore, clear };
}
