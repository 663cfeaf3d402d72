"use client";

/** The temporary password, shown once: it is not stored anywhere it could be read again. */
export function TemporaryPassword({ username, password, onDone }: { username: string; password: string; onDone: () => void }) {
  return (
    <div className="dialog-form">
      <p role="status">
        Kata sandi sementara untuk <strong>{username}</strong>:
      </p>
      <p>
        <code data-testid="kata-sandi-sementara" style={{ fontSize: "1.2rem", userSelect: "all" }}>
          {password}
        </code>
      </p>
      <p className="muted">
        Catat dan serahkan kepada pengguna sekarang: kata sandi ini tidak dapat ditampilkan lagi. Pengguna wajib menggantinya saat pertama kali
        masuk.
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onDone}>
          Selesai
        </button>
      </div>
    </div>
  );
}
