"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { MainContent } from "./main-content";

/** The route group whose layout brings its own header and main landmark: the Privacy Administrator's console. */
const CONSOLE_SEGMENT = "(admin)";

/**
 * The site's header and main landmark around a page, except in the console,
 * whose layout (app/(admin)/layout.tsx) puts its own header there instead of
 * the public menu. The root layout's segment tells which (rendered on the
 * server too, so it needs no JavaScript); public pages stay static.
 */
export function PublicFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  if (useSelectedLayoutSegment() === CONSOLE_SEGMENT) return children;
  return (
    <>
      {header}
      <MainContent>{children}</MainContent>
    </>
  );
}
