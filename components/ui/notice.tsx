import type { ReactNode } from "react";

const tones = {
  info: "border-sky-600 bg-sky-50 dark:bg-sky-950",
  warning: "border-amber-600 bg-amber-50 dark:bg-amber-950",
} as const;

/** A highlighted box for something the reader must not miss; its heading says what it is. */
export function Notice({ title, tone = "info", children }: { title: string; tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <aside aria-label={title} className={`my-6 rounded border-l-4 p-4 ${tones[tone]}`}>
      <p className="font-semibold">{title}</p>
      <div className="mt-1">{children}</div>
    </aside>
  );
}
