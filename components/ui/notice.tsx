import type { ReactNode } from "react";

/** What a notice tells: news (info), something done (success), something to attend to (warning), something refused or failed (danger). */
export type NoticeTone = "neutral" | "info" | "success" | "warning" | "danger";

/**
 * The classes of a notice's box, for an element that must keep its own tag and
 * heading (a section under an h2, a live region that is empty until it has
 * something to say). The looks are named in app/globals.css (`.notice-*`).
 */
export function noticeClass(tone: NoticeTone = "info"): string {
  return `notice notice-${tone}`;
}

interface NoticeProps {
  /** Said first, in bold, and names the box for assistive technology. */
  title?: string;
  tone?: NoticeTone;
  /** A message that appears after something the reader did: "status" (done) or "alert" (went wrong). */
  role?: "status" | "alert";
  /** Spacing around the box; my-6 unless told. */
  className?: string;
  children?: ReactNode;
}

/**
 * A highlighted box for something the reader must not miss: with a title, a
 * named aside; with a role, a live message (role="status" or "alert").
 */
export function Notice({ title, tone = "info", role, className = "my-6", children }: NoticeProps) {
  const classes = `${className} ${noticeClass(tone)}`.trim();
  const body = title ? (
    <>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </>
  ) : (
    children
  );
  if (role) {
    return (
      <div role={role} className={classes}>
        {body}
      </div>
    );
  }
  if (title) {
    return (
      <aside aria-label={title} className={classes}>
        {body}
      </aside>
    );
  }
  return <div className={classes}>{body}</div>;
}
