// Within the console, so that a notFound() from its pages renders inside the site layout, with or without JavaScript.
export { default } from "../not-found";
