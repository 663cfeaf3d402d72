"use client";

import { useMemo } from "react";
import { hitungAbk, penjelasanLengkap, type HasilAbk, type RuleSet } from "@/lib/domain/abk";

export interface BarisInput {
  volume?: number;
  periode?: string;
  waktu?: number;
  satuanWaktu?: string;
}

export interface AbkLive {
  hasil: HasilAbk | null;
  /** Minutes a year per form row; null for a row not yet complete. */
  menitPerBaris: (number | null)[];
  penjelasan: string[];
  barisBelumLengkap: number;
}

const positive = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n > 0;

/**
 * Kebutuhan as the operator types, from lib/domain/abk itself (the server saves with the same
 * function and rule set): rows not yet complete are left out and counted, never guessed.
 */
export function useAbkLive(rows: BarisInput[] | undefined, aturan: RuleSet, existing: number): AbkLive {
  return useMemo(() => {
    const list = rows ?? [];
    const complete = list.flatMap((r, i) =>
      positive(r.volume) && positive(r.waktu) && r.periode && r.satuanWaktu ? [{ i, t: { volume: String(r.volume), waktu: String(r.waktu), periode: r.periode, satuanWaktu: r.satuanWaktu } }] : [],
    );
    const menitPerBaris: (number | null)[] = list.map(() => null);
    if (complete.length === 0) return { hasil: null, menitPerBaris, penjelasan: [], barisBelumLengkap: list.length };
    try {
      const hasil = hitungAbk({ tugas: complete.map((c) => c.t) as Parameters<typeof hitungAbk>[0]["tugas"], existing }, aturan);
      hasil.rincian.forEach((r, j) => (menitPerBaris[complete[j].i] = r.menitSetahun));
      return { hasil, menitPerBaris, penjelasan: penjelasanLengkap(hasil), barisBelumLengkap: list.length - complete.length };
    } catch {
      // A figure the formula refuses (e.g. beyond what it reads exactly): the form's own errors say why.
      return { hasil: null, menitPerBaris, penjelasan: [], barisBelumLengkap: list.length };
    }
  }, [rows, aturan, existing]);
}
