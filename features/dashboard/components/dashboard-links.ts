/** Addresses on and from "Your information", shared by its server and client components (a "use client" module's exports reach the server only as client references). */
export const DOWNLOAD_HREF = "/account/download";
export const CORRECTION_SECTION_ID = "correct-your-information";
