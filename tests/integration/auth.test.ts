import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, loadActor } from "@/lib/auth/credentials";
import { listInstansi, findInstansi } from "@/lib/data/instansi";
import { getUnorEditorData } from "@/lib/data/unor";
import { makeInstansi, makeUnor, makeUser } from "../factories";

describe("login", () => {
  it("accepts the right password and refuses a wrong one or an unknown user", async () => {
    const inst = await makeInstansi();
    const op = await makeUser("OPERATOR", inst.id);
    const actor = await authenticate(db(), { username: op.username, password: op.password });
    expect(actor).toMatchObject({ id: op.id, role: "OPERATOR", instansiId: inst.id });
    expect(await authenticate(db(), { username: op.username, password: "salah" })).toBeNull();
    expect(await authenticate(db(), { username: "tidak.ada", password: op.password })).toBeNull();
    expect(await authenticate(db(), { username: "", password: "" })).toBeNull();
  });

  it("refuses an inactive account, also for an existing session", async () => {
    const op = await makeUser("VERIFIKATOR");
    await db().user.update({ where: { id: op.id }, data: { aktif: false } });
    expect(await authenticate(db(), { username: op.username, password: op.password })).toBeNull();
    expect(await loadActor(db(), op.id)).toBeNull();
  });

  it("re-reads role and instansi from the database, so a changed role applies at once", async () => {
    const inst = await makeInstansi();
    const user = await makeUser("PIMPINAN");
    await db().user.update({ where: { id: user.id }, data: { role: "OPERATOR", instansiId: inst.id } });
    expect(await loadActor(db(), user.id)).toMatchObject({ role: "OPERATOR", instansiId: inst.id });
  });
});

describe("instansi scope in data reads", () => {
  it("gives an operator only their own instansi and none of another's units", async () => {
    const mine = await makeInstansi({ nama: "Kota Uji A" });
    const other = await makeInstansi({ nama: "Kota Uji B" });
    await makeUnor(mine.id, null, "Sekretariat Daerah A");
    await makeUnor(other.id, null, "Sekretariat Daerah B");
    const op = await makeUser("OPERATOR", mine.id);
    expect((await listInstansi(op)).map((i) => i.id)).toEqual([mine.id]);
    expect(await findInstansi(op, other.id)).toBeNull();
    expect(await getUnorEditorData(op, other.id, { includeInactive: true })).toBeNull();
    expect((await getUnorEditorData(op, mine.id, { includeInactive: true }))!.units.map((u) => u.nama)).toEqual(["Sekretariat Daerah A"]);
  });

  it("lets a verifikator read every instansi", async () => {
    const a = await makeInstansi();
    const b = await makeInstansi();
    const v = await makeUser("VERIFIKATOR");
    const ids = (await listInstansi(v)).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await findInstansi(v, b.id)).toMatchObject({ id: b.id });
  });
});
