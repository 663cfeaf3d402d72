/** The signature block under the printed infojab: place and date are written by hand. */
export function TandaTangan() {
  return (
    <div className="ttd">
      <p>.................................., ..................................</p>
      <p>Pejabat yang berwenang,</p>
      <div className="ruang" aria-hidden="true" />
      <p>( ............................................................ )</p>
      <p style={{ textAlign: "left" }}>NIP.</p>
    </div>
  );
}
