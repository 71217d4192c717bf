"use client";

// A client component with no props only so that a dynamic page's RSC payload names it instead of
// spelling out its markup; its HTML is rendered on the server as before and needs no JavaScript.
/**
 * What every page says at its top in demo mode (docs/decisions/0021): the demo
 * runs on published secrets and made-up people, so nobody should take it for
 * the real center or type real details into it. Plain HTML, no script: the
 * app's pages render it on the server and the static policy pages carry it in
 * their files (features/policy/static-site). A labelled landmark of its own,
 * above the site's or the console's header, so it is read first and every
 * part of the page stays in a landmark.
 */
export function DemoNotice() {
  return (
    <aside aria-label="Demo mode" className="demo-notice no-print">
      <p>
        <strong>Demo — not for real customers&rsquo; data.</strong> This privacy center runs in demo mode: its customers are made up and its
        secrets are published.
      </p>
    </aside>
  );
}
