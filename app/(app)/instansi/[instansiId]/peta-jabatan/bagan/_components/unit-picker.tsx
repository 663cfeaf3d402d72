import type { UnitOption } from "@/lib/domain/bagan/options";

/** Choose the unit whose subtree the bagan shows (a plain GET form: works without script). */
export function UnitPicker({ action, options, selected }: { action: string; options: UnitOption[]; selected: number }) {
  return (
    <form action={action} method="get">
      <label className="inline" htmlFor="bagan-unor">
        Unor
      </label>
      <select id="bagan-unor" name="unor" defaultValue={selected}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {"\u00a0\u00a0".repeat(o.depth)}
            {o.nama}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        Tampilkan
      </button>
    </form>
  );
}
