/** How often a running background job touches its row, and how old that touch may be before the job counts as dead. */
export const DENYUT_MS = 10_000;
export const BASI_MS = 60_000;

export const TERHENTI_MESSAGE = "Proses terhenti karena server berhenti sebelum selesai. Tidak ada perubahan yang tersimpan; jalankan ulang.";

/** A BERJALAN job whose heartbeat stopped: its server ended, and with it the job's one transaction. */
export const isBasi = (p: { status: string; denyutPada: Date }, now = Date.now()) => p.status === "BERJALAN" && now - p.denyutPada.getTime() > BASI_MS;
