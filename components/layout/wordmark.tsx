import { site } from "@/content/site";

/**
 * The center's wordmark: a handset inside a shield (a phone company keeping
 * its customers' information), then the company's and the center's names.
 * Drawn inline, so nothing is fetched; the names are text, so they scale,
 * translate and read out as words.
 */
export function Wordmark() {
  return (
    <span className="inline-flex items-center gap-2">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 shrink-0 text-brand-700 dark:text-brand-300">
        <path fill="currentColor" d="M12 1.5 3.5 4.8v6.4c0 5.2 3.6 9.9 8.5 11.3 4.9-1.4 8.5-6.1 8.5-11.3V4.8L12 1.5Z" />
        <path
          fill="white"
          className="dark:fill-slate-900"
          d="M9.3 7.2c.3-.3.8-.3 1.1 0l1.1 1.3c.3.3.3.8 0 1.1l-.6.6c.4.9 1.2 1.7 2.1 2.1l.6-.6c.3-.3.8-.3 1.1 0l1.3 1.1c.3.3.3.8 0 1.1l-.7.8c-.5.5-1.3.7-2 .4-2.2-.9-3.9-2.6-4.8-4.8-.3-.7-.1-1.5.4-2l.4-.5Z"
        />
      </svg>
      <span className="text-lg leading-tight">
        <span className="font-bold tracking-tight">{site.companyName}</span> <span className="font-normal">{site.centerName}</span>
      </span>
    </span>
  );
}
