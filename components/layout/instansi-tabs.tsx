"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The tabs of an instansi's pages, each its own route segment (it reads its own data). */
export const INSTANSI_TABS = [
  { segment: "peta-jabatan", label: "Peta Jabatan" },
  { segment: "unor", label: "Struktur" },
  { segment: "data-unor", label: "Data Unor" },
  { segment: "info-jabatan", label: "Info Jabatan" },
  { segment: "pegawai", label: "Data Pegawai ASN" },
  { segment: "resume", label: "Resume" },
] as const;

/** The tab a path belongs to: an infojab screen (under peta-jabatan/[id]/infojab) is Info Jabatan's. */
export function activeTab(pathname: string, instansiId: number): string | null {
  const rest = pathname.slice(`/instansi/${instansiId}/`.length);
  if (/^peta-jabatan\/\d+\/infojab/.test(rest)) return "info-jabatan";
  return INSTANSI_TABS.find((t) => rest === t.segment || rest.startsWith(`${t.segment}/`))?.segment ?? null;
}

export function InstansiTabs({ instansiId }: { instansiId: number }) {
  const active = activeTab(usePathname(), instansiId);
  return (
    <nav className="instansi-tabs no-print" aria-label="Menu instansi">
      {INSTANSI_TABS.map((t) => (
        <Link key={t.segment} href={`/instansi/${instansiId}/${t.segment}`} aria-current={active === t.segment ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
