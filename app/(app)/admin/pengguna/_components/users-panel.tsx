"use client";

import { useMemo, useState } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import type { UserRow } from "@/lib/data/users";
import { ROLES } from "@/lib/validation/user";
import { ChangeRoleDialog } from "./change-role-dialog";
import { CreateUserDialog } from "./create-user-dialog";
import type { InstansiOption } from "./instansi-select";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { SetActiveDialog } from "./set-active-dialog";

// Three actions stay on one line at 1366 px.
const ACTION_STYLE = { padding: ".15rem .45rem", fontSize: ".85rem" } as const;

type Open = { kind: "create" } | { kind: "role" | "reset" | "active"; user: UserRow } | null;

/** The Pengguna table: filters by role and instansi above the shared table, one dialog per action. */
export function UsersPanel({ users, instansi, selfId }: { users: UserRow[]; instansi: InstansiOption[]; selfId: number }) {
  const [role, setRole] = useState("");
  const [instansiId, setInstansiId] = useState("");
  const [open, setOpen] = useState<Open>(null);
  const [announce, setAnnounce] = useState("");

  const withUsers = useMemo(() => instansi.filter((i) => users.some((u) => u.instansiId === i.id)), [instansi, users]);
  const rows = useMemo(
    () => users.filter((u) => (!role || u.role === role) && (!instansiId || String(u.instansiId) === instansiId)),
    [users, role, instansiId],
  );
  const done = (message: string) => {
    setOpen(null);
    setAnnounce(message);
  };

  const columns = useMemo<ColumnDef<UserRow, unknown>[]>(
    () => [
      { accessorKey: "username", header: "Nama pengguna" },
      { accessorKey: "nama", header: "Nama" },
      { id: "peran", accessorFn: (u) => ROLE_LABEL[u.role], header: "Peran" },
      { id: "instansi", accessorFn: (u) => u.instansiNama ?? "—", header: "Instansi" },
      {
        id: "status",
        accessorFn: (u) => (u.aktif ? "aktif" : "nonaktif"),
        header: "Status",
        cell: ({ row: { original: u } }) => (
          <>
            <span className={u.aktif ? "badge" : "badge badge-off"}>{u.aktif ? "aktif" : "nonaktif"}</span>
            {u.mustChangePassword && <span className="badge"> wajib ganti sandi</span>}
          </>
        ),
      },
      { accessorKey: "sesiAktif", header: "Sesi", meta: { numeric: true } },
      {
        id: "aksi",
        header: "Aksi",
        enableSorting: false,
        cell: ({ row: { original: u } }) =>
          u.id === selfId ? (
            <span className="muted">akun Anda</span>
          ) : (
            <div className="row-actions" style={{ display: "flex", gap: ".3rem", whiteSpace: "nowrap" }}>
              <button type="button" className="secondary" style={ACTION_STYLE} aria-label={`Ubah peran ${u.username}`} onClick={() => setOpen({ kind: "role", user: u })}>
                Ubah peran
              </button>
              <button type="button" className="secondary" style={ACTION_STYLE} aria-label={`Reset kata sandi ${u.username}`} onClick={() => setOpen({ kind: "reset", user: u })}>
                Reset sandi
              </button>
              <button type="button" className="secondary" style={ACTION_STYLE} aria-label={`${u.aktif ? "Nonaktifkan" : "Aktifkan"} ${u.username}`} onClick={() => setOpen({ kind: "active", user: u })}>
                {u.aktif ? "Nonaktifkan" : "Aktifkan"}
              </button>
            </div>
          ),
      },
    ],
    [selfId],
  );

  return (
    <div>
      <div className="table-tools">
        <label>
          Peran{" "}
          <select aria-label="Saring peran" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">Semua peran</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Instansi{" "}
          <select aria-label="Saring instansi" value={instansiId} onChange={(e) => setInstansiId(e.target.value)}>
            <option value="">Semua instansi</option>
            {withUsers.map((i) => (
              <option key={i.id} value={i.id}>
                {i.nama}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setOpen({ kind: "create" })} style={{ marginLeft: "auto" }}>
          Tambah pengguna
        </button>
      </div>
      <p role="status" className="pos" style={{ minHeight: "1.2em", margin: ".2rem 0" }}>
        {announce}
      </p>
      <DataTable data={rows} columns={columns} caption="Daftar pengguna" filterPlaceholder="Cari pengguna…" />
      {open?.kind === "create" && <CreateUserDialog instansi={instansi} onClose={() => setOpen(null)} />}
      {open?.kind === "role" && <ChangeRoleDialog user={open.user} instansi={instansi} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === "reset" && <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} />}
      {open?.kind === "active" && <SetActiveDialog user={open.user} onClose={() => setOpen(null)} onDone={done} />}
    </div>
  );
}
