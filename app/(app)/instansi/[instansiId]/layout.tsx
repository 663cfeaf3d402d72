import { InstansiTabs } from "@/components/layout/instansi-tabs";

/** Every page of one instansi carries its tabs; each page authorises and reads for itself. */
export default async function InstansiLayout({ children, params }: { children: React.ReactNode; params: Promise<{ instansiId: string }> }) {
  const id = Number((await params).instansiId);
  return (
    <>
      {Number.isInteger(id) && id > 0 && <InstansiTabs instansiId={id} />}
      {children}
    </>
  );
}
