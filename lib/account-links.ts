/** Addresses of the signed-in customer's pages that emails, banners and forms link to; one place so they agree. */
export const choicesHref = "/account/choices";
