import type { ReactNode } from "react";

/** The page's main landmark, which the skip link (#main-content) jumps to. */
export function MainContent({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main id="main-content" tabIndex={-1} className={`mx-auto ${wide ? "max-w-6xl" : "max-w-5xl"} px-4 py-8 focus:outline-none`}>
      {children}
    </main>
  );
}
