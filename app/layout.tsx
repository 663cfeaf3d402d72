import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIASN Perencanaan", template: "%s · SIASN Perencanaan" },
  description: "Perencanaan kebutuhan ASN: peta jabatan, informasi jabatan, analisis beban kerja.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  // A government back office: crawlers stay out (public/robots.txt says the same).
  robots: { index: false, follow: false },
};

// zod 4 probes `new Function("")` when its first object schema is built; under our CSP (no
// 'unsafe-eval') that probe is reported as a violation. This global, read by zod when it loads, skips it.
const ZOD_JITLESS = "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true})";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so that Next can put the CSP nonce
  // (proxy.ts) on its scripts: a prerendered page would carry scripts without it and be blocked.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="id">
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
