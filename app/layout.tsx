import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIASN Perencanaan", template: "%s · SIASN Perencanaan" },
  description: "Perencanaan kebutuhan ASN: peta jabatan, informasi jabatan, analisis beban kerja.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
