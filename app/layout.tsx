import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIASN Perencanaan", template: "%s · SIASN Perencanaan" },
  description: "Perencanaan kebutuhan ASN: peta jabatan, informasi jabatan, analisis beban kerja.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  // A government back office: crawlers stay out (public/robots.txt says the same).
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
