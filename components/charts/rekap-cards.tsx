import { formatAngka } from "@/lib/format";
import type { RekapAngka } from "@/lib/domain/rekap";

/** The five figures of a recap, labelled so that net and gross are never confused. */
export function RekapCards({ rekap, label }: { rekap: RekapAngka; label: string }) {
  return (
    <div className="cards" aria-label={label}>
      <div className="card">
        <div className="label">Kebutuhan (K)</div>
        <div className="value" data-testid="rekap-kebutuhan">{formatAngka(rekap.kebutuhan)}</div>
      </div>
      <div className="card">
        <div className="label">Existing (B)</div>
        <div className="value" data-testid="rekap-existing">{formatAngka(rekap.existing)}</div>
      </div>
      <div className="card">
        <div className="label">Selisih bersih (ΣB − ΣK)</div>
        <div className={`value ${rekap.selisih < 0 ? "neg" : "pos"}`} data-testid="rekap-selisih">
          {formatAngka(rekap.selisih)}
        </div>
      </div>
      <div className="card">
        <div className="label">Kelebihan kotor · di {formatAngka(rekap.selLebih)} sel</div>
        <div className="value pos" data-testid="rekap-kelebihan">{formatAngka(rekap.kelebihan)}</div>
      </div>
      <div className="card">
        <div className="label">Kekurangan kotor · di {formatAngka(rekap.selKurang)} sel</div>
        <div className="value neg" data-testid="rekap-kekurangan">{formatAngka(rekap.kekurangan)}</div>
      </div>
    </div>
  );
}
