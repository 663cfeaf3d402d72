"use client";

import { useRouter } from "next/navigation";
import { UnggahInfojab } from "@/components/infojab/unggah-infojab";

/** Unggah on the infojab screen: after an import the page refreshes and the editor takes the new version. */
export function UnggahInfojabPanel({ instansiId }: { instansiId: number }) {
  const router = useRouter();
  return (
    <section className="infojab-section" aria-labelledby="unggah-h">
      <h2 id="unggah-h">Unggah Infojab (Excel)</h2>
      <UnggahInfojab instansiId={instansiId} onImported={() => router.refresh()} />
    </section>
  );
}
