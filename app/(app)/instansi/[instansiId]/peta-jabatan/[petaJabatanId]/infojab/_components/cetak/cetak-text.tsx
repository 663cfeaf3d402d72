/** Free text of the printed infojab, line breaks kept; an empty part prints "-" as the paper form does. */
export function CetakText({ children }: { children: string }) {
  return <p style={{ whiteSpace: "pre-line" }}>{children.trim() || "-"}</p>;
}
