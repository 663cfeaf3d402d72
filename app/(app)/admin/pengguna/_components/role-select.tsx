"use client";

import { Field } from "@/components/forms/form-parts";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/validation/user";

export type Role = (typeof ROLES)[number];

/** The role of an account, with its Indonesian label (create and change-role dialogs). */
export function RoleSelect({ id, value, onChange, errors }: { id: string; value: Role; onChange: (v: Role) => void; errors?: string[] }) {
  return (
    <Field id={id} label="Peran" errors={errors}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
