"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BaganLayout } from "@/lib/domain/bagan/layout";
import { BaganCanvas } from "./bagan-canvas";
import styles from "./bagan.module.css";

const MIN = 0.2;
const MAX = 3;
const STEP = 1.25;
const PAN = 80;

interface View {
  scale: number;
  x: number;
  y: number;
}

const clamp = (s: number) => Math.min(MAX, Math.max(MIN, s));

/**
 * The bagan on screen with zoom and pan: buttons, keyboard on the focused viewport (+ − 0 and the
 * arrows), the mouse wheel and dragging. A unit name reached with Tab is brought into view.
 */
export function BaganViewer({ layout, linkBase }: { layout: BaganLayout; linkBase: string }) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const fit = useCallback(() => {
    const el = viewportRef.current;
    if (!el) return;
    const scale = clamp(Math.min(1, el.clientWidth / layout.width, el.clientHeight / layout.height));
    setView({ scale, x: Math.max(0, (el.clientWidth - layout.width * scale) / 2), y: 0 });
  }, [layout]);
  useEffect(fit, [fit]);

  /** Zooms by `factor` keeping the point (cx, cy) of the viewport still (its centre by default). */
  const zoom = useCallback((factor: number, cx?: number, cy?: number) => {
    const el = viewportRef.current;
    const px = cx ?? (el ? el.clientWidth / 2 : 0);
    const py = cy ?? (el ? el.clientHeight / 2 : 0);
    setView((v) => {
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
    });
  }, []);
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

  // The wheel zooms the bagan, not the page: a non-passive listener may prevent the scroll.
  useEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoom(e.deltaY < 0 ? STEP : 1 / STEP, e.clientX - r.left, e.clientY - r.top);
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [zoom]);

  function onKeyDown(e: React.KeyboardEvent) {
    const keys: Record<string, () => void> = {
      "+": () => zoom(STEP),
      "=": () => zoom(STEP),
      "-": () => zoom(1 / STEP),
      "0": fit,
      ArrowLeft: () => pan(PAN, 0),
      ArrowRight: () => pan(-PAN, 0),
      ArrowUp: () => pan(0, PAN),
      ArrowDown: () => pan(0, -PAN),
    };
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    act();
  }

  // A focused unit link off screen: pan so that its box shows (the viewport itself never scrolls).
  function onFocus(e: React.FocusEvent) {
    const el = viewportRef.current;
    const box = (e.target as HTMLElement).closest<HTMLElement>("[data-unor-id]");
    if (!el || !box) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    setView((v) => {
      const left = v.x + box.offsetLeft * v.scale;
      const top = v.y + box.offsetTop * v.scale;
      const w = box.offsetWidth * v.scale;
      const inside = left >= 0 && top >= 0 && left + w <= el.clientWidth && top + 60 * v.scale <= el.clientHeight;
      return inside ? v : { ...v, x: el.clientWidth / 2 - (box.offsetLeft + box.offsetWidth / 2) * v.scale, y: 24 - box.offsetTop * v.scale };
    });
  }

  function onPointerDown(e: React.PointerEvent) {
    if (e.button !== 0 || (e.target as HTMLElement).closest("a")) return;
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragging(true);
  }
  function onPointerMove(e: React.PointerEvent) {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    pan(e.clientX - d.x, e.clientY - d.y);
    drag.current = { ...d, x: e.clientX, y: e.clientY };
  }
  function endDrag() {
    drag.current = null;
    setDragging(false);
  }

  const persen = Math.round(view.scale * 100);
  return (
    <>
      <div className={styles.zoom} role="toolbar" aria-label="Perbesaran bagan">
        <button type="button" className="secondary" onClick={() => zoom(1 / STEP)} aria-label="Perkecil" disabled={view.scale <= MIN}>
          −
        </button>
        <output aria-live="polite" aria-label="Perbesaran" data-testid="bagan-zoom">
          {persen}%
        </output>
        <button type="button" className="secondary" onClick={() => zoom(STEP)} aria-label="Perbesar" disabled={view.scale >= MAX}>
          +
        </button>
        <button type="button" className="secondary" onClick={fit}>
          Sesuaikan layar
        </button>
        <button type="button" className="secondary" onClick={() => setView({ scale: 1, x: 0, y: 0 })}>
          100%
        </button>
      </div>
      <div
        ref={viewportRef}
        className={styles.viewport}
        tabIndex={0}
        role="region"
        aria-label="Bagan peta jabatan. Papan ketik: + dan − perbesaran, 0 sesuaikan layar, panah menggeser, Tab ke nama unor."
        data-dragging={dragging || undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className={styles.content} style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }} data-scale={view.scale}>
          <BaganCanvas layout={layout} linkBase={linkBase} />
        </div>
      </div>
    </>
  );
}
