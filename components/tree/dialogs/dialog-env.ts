import type { EditorTree } from "@/lib/domain/tree/editor-tree";
import type { UnorEditorActions } from "../unor-editor-actions";

/** What every dialog gets from the editor. */
export interface DialogEnv {
  instansiId: number;
  actions: UnorEditorActions;
  tree: EditorTree;
  /** Close without change. */
  close: () => void;
  /** Success: close, announce (role="status") and focus the node. */
  done: (message: string, focusId?: string) => void;
  /** Announce without closing. */
  announce: (message: string) => void;
  /** A conflict: close and reload the data. */
  reload: () => void;
}
