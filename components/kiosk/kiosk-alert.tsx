import type { ReactNode } from "react";

/** A kiosk form's error that is not one field's: announced at once (role="alert"). */
export function KioskAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">
      {children}
    </p>
  );
}
