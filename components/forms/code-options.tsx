/** The `<option>`s of a select over domain codes (jenjang, jenis unor…), in the list's order, labelled. */
export function CodeOptions({ codes, labels }: { codes: readonly string[]; labels: Record<string, string> }) {
  return codes.map((c) => (
    <option key={c} value={c}>
      {labels[c] ?? c}
    </option>
  ));
}
