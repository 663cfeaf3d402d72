"use client";

import { useLatest } from "./use-latest";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** Draw a separator above this item. */
  separator?: boolean;
}

export interface MenuProps {
  /** Accessible name of the menu, e.g. "Aksi untuk Bagian Umum". */
  label: string;
  items: MenuItem[];
  /** Where to open: the trigger's box (viewport coordinates). */
  anchor: DOMRect;
  /** The button that opened the menu: a press on it is left to its own click (which toggles). */
  trigger?: HTMLElement | null;
  /** Called when the menu should close; `restoreFocus` is false when an item was chosen. */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * A popup menu (WAI-ARIA menu pattern): opens on the first item, arrows/Home/End move, Enter or
 * Space choose, Escape and Tab close, a click outside closes. Rendered in a portal so that a
 * virtualised, scrolling list cannot clip it.
 */
export function Menu({ label, items, anchor, trigger, onClose }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const onCloseRef = useLatest(onClose);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    let top = anchor.bottom + 4;
    if (top + height > window.innerHeight - 8) top = Math.max(8, anchor.top - height - 4);
    const left = Math.min(Math.max(8, anchor.right - width), window.innerWidth - width - 8);
    setPos({ top, left });
  }, [anchor]);

  // Focus the first item once the menu is placed (a hidden element cannot take focus).
  const placed = pos !== null;
  useEffect(() => {
    if (placed) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [placed]);

  useEffect(() => {
    const down = (e: PointerEvent) => {
      const t = e.target as Node;
      if (trigger?.contains(t)) return;
      if (ref.current && !ref.current.contains(t)) onCloseRef.current(false);
    };
    // The user scrolling the page or the list away (not a scroll the focus itself caused).
    const away = (e: Event) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onCloseRef.current(false);
    };
    document.addEventListener("pointerdown", down, true);
    window.addEventListener("wheel", away, { capture: true, passive: true });
    window.addEventListener("touchmove", away, { capture: true, passive: true });
    window.addEventListener("resize", away);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      window.removeEventListener("wheel", away, { capture: true });
      window.removeEventListener("touchmove", away, { capture: true });
      window.removeEventListener("resize", away);
    };
  }, [trigger]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const list = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const i = list.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => list[(n + list.length) % list.length]?.focus();
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        go(i + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        go(i - 1);
        break;
      case "Home":
        e.preventDefault();
        go(0);
        break;
      case "End":
        e.preventDefault();
        go(list.length - 1);
        break;
      case "Escape":
        e.preventDefault();
        e.stopPropagation();
        onClose(true);
        break;
      case "Tab":
        e.preventDefault();
        onClose(true);
        break;
      default:
        // Type-ahead: the first item starting with the typed letter.
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const k = e.key.toLocaleLowerCase("id");
          const from = list.slice(i + 1).concat(list.slice(0, i + 1));
          from.find((el) => el.textContent?.trim().toLocaleLowerCase("id").startsWith(k))?.focus();
        }
    }
  }

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="menu"
      onKeyDown={onKeyDown}
      style={{ position: "fixed", top: pos?.top ?? anchor.bottom, left: pos?.left ?? anchor.left, visibility: pos ? "visible" : "hidden" }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`menu-item${item.danger ? " danger" : ""}${item.separator ? " separated" : ""}`}
          onClick={() => {
            onClose(false);
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
